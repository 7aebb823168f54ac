using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.LoadTests;
using AiStudios.Testing;

namespace AiStudios.Batch.Fleet.LoadTests;

internal sealed class FleetRunSettings
{
    public int Rows { get; init; }

    public int Concurrency { get; init; }

    public int Silos { get; init; }

    public bool Kill { get; init; }

    public int Seed { get; init; }
}

/// <summary>
/// redis-server, the emulator, the silos and the submit client, each its own process; the second silo SIGKILLed when the
/// emulator has counted a random share (30 to 70 %) of the creates. Counted at the end through GET /emulator/admin/counts.
/// </summary>
internal static class FleetRun
{
    public static async Task RunAsync(FleetRunSettings settings, CancellationToken cancellationToken)
    {
        string configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        string folder = Directory.CreateTempSubdirectory("aistudios-fleet-load-").FullName;
        var processes = new List<IDisposable>();
        try
        {
            string csv = Path.Combine(folder, "people.csv");
            var text = new StringBuilder("email,first_name,headline,logo_url\n");
            for (int i = 1; i <= settings.Rows; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"p{i}@example.com,Person {i},Hello person {i},https://cdn.example.com/{i}.png\n");
            }

            await File.WriteAllTextAsync(csv, text.ToString(), cancellationToken);

            int redisPort = FreePort();
            Process redis = StartRedis(redisPort, folder);
            processes.Add(new Ended(redis));
            await WaitForRedisAsync(redisPort, cancellationToken);
            Console.WriteLine($"redis-server (own process, no persistence): 127.0.0.1:{redisPort}");

            var emulator = ChildProcess.Start(Dll("src", "AiStudios.Emulator", configuration), "--port", "0", "--render-duration", "1s", "--progress-step", "25", "--Emulator:MaxStoredProjects=50000", "--Emulator:MaxStoredBytes=1073741824");
            processes.Add(emulator);
            string line = await emulator.WaitForLineAsync(l => l.Contains("listening on", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            string baseUrl = line.Substring(line.IndexOf("http://", StringComparison.Ordinal)).Trim().TrimEnd('/') + "/";
            using var http = new HttpClient { BaseAddress = new Uri(new Uri(baseUrl), "/"), Timeout = TimeSpan.FromSeconds(30) };
            Console.WriteLine($"Emulator (own process): {baseUrl}");

            string batchId = "fleet" + settings.Seed.ToString(CultureInfo.InvariantCulture);
            string[] fleet =
            {
                "--AiStudios:Fleet:Clustering=Redis", "--AiStudios:Fleet:Storage=Redis", $"--AiStudios:Fleet:Redis=127.0.0.1:{redisPort}",
                "--AiStudios:Fleet:ClusterId=load", "--AiStudios:Fleet:ServiceId=load",
                $"--AiStudios:Fleet:BaseAddress={baseUrl}", "--AiStudios:Fleet:AppId=emulator-app", "--AiStudios:Fleet:UserKey=emulator-key",
                $"--AiStudios:Fleet:MaxRendersInFlight={settings.Concurrency}", "--AiStudios:Fleet:CreatesPerMinute=0",
                "--AiStudios:Fleet:PollInterval=00:00:00.500", "--AiStudios:Fleet:ResendAbsentAfter=00:00:20",
            };
            string sample = Dll("samples", "BatchFleet", configuration);
            var silos = new List<ChildProcess>();
            for (int i = 0; i < settings.Silos; i++)
            {
                var arguments = new List<string> { "silo", "--contentRoot", Path.GetDirectoryName(sample)!, "--Urls=http://127.0.0.1:0" };
                arguments.AddRange(fleet);
                arguments.Add($"--AiStudios:Fleet:SiloPort={FreePort()}");
                arguments.Add($"--AiStudios:Fleet:GatewayPort={FreePort()}");

                // Faster failure detection than Orleans' defaults (about 15 s), measured safe on this loaded machine.
                arguments.AddRange(new[] { "--Orleans:Membership:ProbeTimeout=00:00:02", "--Orleans:Membership:NumMissedProbesLimit=2", "--Orleans:Membership:TableRefreshTimeout=00:00:02" });
                var silo = ChildProcess.Start(sample, arguments.ToArray());
                processes.Add(silo);
                silos.Add(silo);
                await silo.WaitForLineAsync(l => l.Contains("Application started", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
            }

            Console.WriteLine($"{settings.Silos} silos started (Redis membership and grain storage)");
            var random = new Random(settings.Seed);
            int killAt = (int)(settings.Rows * (0.3 + (random.NextDouble() * 0.4)));

            var submitArguments = new List<string> { "submit", RepoPaths.Fixture("batch-greeting.json"), csv, "--batch", batchId, "--key", "email", "--map", "title=headline", "--map", "logo=logo_url" };
            submitArguments.AddRange(fleet.Where(a => a.Contains("Clustering", StringComparison.Ordinal) || a.Contains(":Redis=", StringComparison.Ordinal) || a.Contains("Id=", StringComparison.Ordinal)));
            var clock = Stopwatch.StartNew();
            var submit = ChildProcess.Start(sample, submitArguments.ToArray());
            processes.Add(submit);

            var timeline = new List<(double T, int Creates)>();
            var rss = silos.Select(_ => new List<long>()).ToList();
            double? killedAt = null;
            int killedAtCreates = 0;
            while (!submit.HasExited)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int creates = await CreatesAsync(http, batchId, cancellationToken);
                timeline.Add((clock.Elapsed.TotalSeconds, creates));
                for (int i = 0; i < silos.Count; i++)
                {
                    if (!silos[i].HasExited && silos[i].TryRss(out long kb) && kb > 1024)
                    {
                        rss[i].Add(kb);
                    }
                }

                if (settings.Kill && killedAt is null && creates >= killAt)
                {
                    silos[1].Kill();
                    killedAt = clock.Elapsed.TotalSeconds;
                    killedAtCreates = creates;
                    Console.WriteLine($"SIGKILL silo 2 at {killedAt:0.0} s, {creates:N0} creates counted");
                }

                await Task.Delay(200, cancellationToken);
            }

            double total = clock.Elapsed.TotalSeconds;
            await submit.WaitForExitAsync(TimeSpan.FromSeconds(30));
            using JsonDocument counts = JsonDocument.Parse(await http.GetStringAsync("/emulator/admin/counts?contains=" + Uri.EscapeDataString($"[b:{batchId}:"), cancellationToken));
            JsonElement data = counts.RootElement.GetProperty("data");
            JsonElement byName = data.GetProperty("byName");
            string[] output = submit.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Console.WriteLine();
            Console.WriteLine($"Submit exit {submit.ExitCode}: " + output.LastOrDefault(l => l.StartsWith("Batch ", StringComparison.Ordinal)));
            foreach (string unresolved in output.Where(l => l.StartsWith("Unresolved", StringComparison.Ordinal)))
            {
                Console.WriteLine(unresolved);
            }

            double firstCreate = timeline.FirstOrDefault(p => p.Creates > 0).T;
            double lastCreate = timeline.First(p => p.Creates == timeline[^1].Creates).T;
            Console.WriteLine($"Total {total:0.0} s for {settings.Rows:N0} rows: {settings.Rows / total:0.0} items/s (planning and seeding every row into its grain included: first create at {firstCreate:0.0} s; creates {firstCreate:0.0} to {lastCreate:0.0} s: {settings.Rows / Math.Max(0.1, lastCreate - firstCreate):0.0} creates/s)");
            Console.WriteLine($"Emulator counts for batch {batchId}: {byName.GetProperty("projectsCreated").GetInt32():N0} created, {byName.GetProperty("distinctNames").GetInt32():N0} distinct names, {byName.GetProperty("duplicateNames").GetInt32()} duplicated names; POST /editor/project received {data.GetProperty("createRequests").GetInt32():N0} in all");
            if (killedAt is double kill)
            {
                Recovery(timeline, firstCreate, kill, killedAtCreates);
            }

            for (int i = 0; i < silos.Count; i++)
            {
                Console.WriteLine($"silo {i + 1} RSS: median {Median(rss[i]) / 1024} MB, max {rss[i].DefaultIfEmpty().Max() / 1024} MB over {rss[i].Count} samples{(settings.Kill && i == 1 ? " (until its kill)" : string.Empty)}");
            }
        }
        finally
        {
            foreach (IDisposable process in processes)
            {
                process.Dispose();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The pace (creates/s over 2-s windows) before and after the kill, and how long it took to come back.</summary>
    private static void Recovery(List<(double T, int Creates)> timeline, double firstCreate, double kill, int killedAtCreates)
    {
        var pace = new List<(double T, double PerSecond)>();
        int j = 0;
        for (int i = 0; i < timeline.Count; i++)
        {
            while (timeline[i].T - timeline[j].T > 2.0)
            {
                j++;
            }

            if (timeline[i].T - timeline[j].T >= 1.5)
            {
                pace.Add((timeline[i].T, (timeline[i].Creates - timeline[j].Creates) / (timeline[i].T - timeline[j].T)));
            }
        }

        var before = pace.Where(p => p.T >= firstCreate + 5 && p.T <= kill).Select(p => p.PerSecond).OrderBy(x => x).ToList();
        double median = before.Count == 0 ? 0 : before[before.Count / 2];
        var after = pace.Where(p => p.T > kill && p.T <= kill + 120).ToList();
        double? dipped = after.FirstOrDefault(p => p.PerSecond < median * 0.9).T is double d && d > 0 ? d : null;
        double? back = dipped is double from ? after.FirstOrDefault(p => p.T > from && p.PerSecond >= median * 0.9).T : null;
        double lowest = after.Count == 0 ? 0 : after.Min(p => p.PerSecond);
        double stall = 0;
        for (int i = 1; i < timeline.Count; i++)
        {
            if (timeline[i].T > kill && timeline[i].Creates == timeline[i - 1].Creates && timeline[i].Creates < timeline[^1].Creates)
            {
                double start = timeline[i - 1].T;
                int k = i;
                while (k < timeline.Count && timeline[k].Creates == timeline[i - 1].Creates)
                {
                    k++;
                }

                stall = Math.Max(stall, (k < timeline.Count ? timeline[k].T : timeline[^1].T) - start);
                i = k;
            }
        }

        Console.WriteLine($"Pace before the kill (median of 2-s windows): {median:0.0} creates/s; lowest after: {lowest:0.0}/s; "
            + (dipped is null ? "it never fell below 90 % of it" : back is double b && b > 0 ? $"back at 90 % {b - kill:0.0} s after the kill" : "not back at 90 % within 120 s")
            + $"; longest stretch without a create after the kill: {stall:0.0} s (kill at {killedAtCreates:N0} creates)");
    }

    private static Process StartRedis(int port, string folder)
    {
        string binary = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: apt-get install -y redis-server (Debian package redis-server).");
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (string arg in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder })
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForRedisAsync(int port, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                await using NetworkStream stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
                var buffer = new byte[16];
                int read = await stream.ReadAsync(buffer, cancellationToken);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException) when (attempt < 100)
            {
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<int> CreatesAsync(HttpClient http, string batchId, CancellationToken cancellationToken)
    {
        using JsonDocument counts = JsonDocument.Parse(await http.GetStringAsync("/emulator/admin/counts?contains=" + Uri.EscapeDataString($"[b:{batchId}:"), cancellationToken));
        return counts.RootElement.GetProperty("data").GetProperty("byName").GetProperty("projectsCreated").GetInt32();
    }

    /// <summary>Kills a process that is not a dotnet child (redis-server) on dispose.</summary>
    private sealed class Ended(Process process) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                process.Kill();
                process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
            }

            process.Dispose();
        }
    }

    private static long Median(List<long> values) => values.Count == 0 ? 0 : values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Dll(string folder, string project, string configuration)
    {
        string dll = RepoPaths.InRepo(Path.Combine(folder, project, "bin", configuration, "net10.0", project + ".dll"));
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} ({configuration}) first: {dll}");
    }

}
