using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Testing;

namespace AiStudios.Batch.LoadTests;

/// <summary>
/// The emulator as its own process (it outlives the batch), the batch as the aistudios tool in another, SIGKILLed when
/// the emulator has counted a random share of the creates, three times, and started again with the same ledger until
/// it exits. Counted at the end through GET /emulator/admin/counts.
/// </summary>
internal static class CrashRun
{
    public static async Task RunAsync(int rows, int concurrency, int seed, int createLatencyMs, int kills, CancellationToken cancellationToken)
    {
        string configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        string folder = Directory.CreateTempSubdirectory("aistudios-batch-load-").FullName;
        try
        {
            string csv = Path.Combine(folder, "people.csv");
            var text = new StringBuilder("email,first_name,headline,logo_url\n");
            for (int i = 1; i <= rows; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"p{i}@example.com,Person {i},Hello person {i},https://cdn.example.com/{i}.png\n");
            }

            await File.WriteAllTextAsync(csv, text.ToString(), cancellationToken);
            var emulatorArguments = new List<string>
            {
                "--port", "0", "--render-duration", "1s", "--progress-step", "25",
                "--Emulator:MaxStoredProjects=50000", "--Emulator:MaxStoredBytes=1073741824",
            };
            if (createLatencyMs > 0)
            {
                // Slow creates: more of them are on their way when the batch is killed (a killed request is not created).
                emulatorArguments.AddRange(new[] { "--Emulator:Faults:0:Path=/editor/project", "--Emulator:Faults:0:Method=POST", $"--Emulator:Faults:0:Fault=latency={createLatencyMs}" });
            }

            using var emulator = ChildProcess.Start(Dll("AiStudios.Emulator", configuration), emulatorArguments.ToArray());
            string firstLine = await emulator.WaitForLineAsync(l => l.Contains("listening on", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            string baseUrl = firstLine.Substring(firstLine.IndexOf("http://", StringComparison.Ordinal)).Trim();
            var root = new Uri(new Uri(baseUrl), "/");
            using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(30) };

            var random = new Random(seed);
            var killAt = Enumerable.Range(0, kills).Select(_ => (int)(rows * (0.1 + (random.NextDouble() * 0.8)))).OrderBy(x => x).ToList();
            Console.WriteLine($"Emulator (own process): {baseUrl}; kills when it has counted {string.Join(", ", killAt)} creates");

            string[] arguments =
            {
                "batch", RepoPaths.Fixture("batch-greeting.json"), csv, "--ledger", Path.Combine(folder, "batch.db"),
                "--key", "email", "--map", "title=headline", "--map", "logo=logo_url", "--output", Path.Combine(folder, "results.csv"),
                "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "--poll-interval", "500ms",
                "--resend-absent-after", "20s", "--base-url", baseUrl,
            };
            var environment = new Dictionary<string, string> { ["AISTUDIOS_APPID"] = "emulator-app", ["AISTUDIOS_USERKEY"] = "emulator-key" };
            string tool = Dll("AiStudios.Cli", configuration);

            var clock = Stopwatch.StartNew();
            var runs = new List<(string Ended, TimeSpan Time, long RssMinKb, long RssMedianKb, long RssMaxKb, long FirstQuarterKb, long LastQuarterKb)>();
            string? batchId = null;
            int reconciledByMarker = 0, resentAfterWindow = 0, unknown = 0;
            for (int run = 0; ; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = clock.Elapsed;
                using var batch = ChildProcess.Start(tool, arguments, environment);
                var rss = new List<long>();
                // A restarted run is killed only after it sent creates of its own (a kill during its start-up is no test).
                int atStart = await CreatesAsync(http, null, cancellationToken);
                int? killWhen = run < killAt.Count ? Math.Max(killAt[run], atStart + concurrency) : null;
                string ended;
                while (true)
                {
                    if (batch.TryRss(out long kb) && kb > 1024)
                    {
                        rss.Add(kb);
                    }

                    if (batch.HasExited)
                    {
                        ended = "exit " + batch.ExitCode;
                        break;
                    }

                    if (killWhen is int threshold && threshold < rows && await CreatesAsync(http, null, cancellationToken) >= threshold)
                    {
                        batch.Kill();
                        ended = $"SIGKILL at {threshold} creates";
                        break;
                    }

                    await Task.Delay(200, cancellationToken);
                }

                await batch.WaitForExitAsync(TimeSpan.FromSeconds(30));
                string all = batch.Output;
                
                var reconciled = Regex.Match(all, @"Reconciled the creates a previous run left without an answer: (\d+) found by marker, (\d+) absent after the window \(sent again\), (\d+) outcome unknown");
                if (reconciled.Success)
                {
                    reconciledByMarker += int.Parse(reconciled.Groups[1].Value, CultureInfo.InvariantCulture);
                    resentAfterWindow += int.Parse(reconciled.Groups[2].Value, CultureInfo.InvariantCulture);
                    unknown += int.Parse(reconciled.Groups[3].Value, CultureInfo.InvariantCulture);
                }

                var final = Regex.Match(all, @"Batch ([a-z0-9]+): (\d+)/(\d+) done.*this run: (\d+) create\(s\), (\d+) reconciled by marker, (\d+) resent after the window, (\d+) outcome unknown");
                if (final.Success)
                {
                    batchId = final.Groups[1].Value;
                }

                runs.Add((ended, clock.Elapsed - started, rss.DefaultIfEmpty().Min(), Median(rss), rss.DefaultIfEmpty().Max(), Median(rss.Take(Math.Max(1, rss.Count / 4)).ToList()), Median(rss.Skip(rss.Count * 3 / 4).ToList())));
                Console.WriteLine($"run {run + 1}: {ended} after {(clock.Elapsed - started).TotalSeconds:0.0} s; RSS min/median/max {runs[^1].RssMinKb / 1024} / {runs[^1].RssMedianKb / 1024} / {runs[^1].RssMaxKb / 1024} MB, first quarter {runs[^1].FirstQuarterKb / 1024} MB, last quarter {runs[^1].LastQuarterKb / 1024} MB");
                if (!ended.StartsWith("SIGKILL", StringComparison.Ordinal))
                {
                    Console.WriteLine(all.Split('\n').LastOrDefault(l => l.StartsWith("Batch ", StringComparison.Ordinal)) ?? all[Math.Max(0, all.Length - 2000)..]);
                    break;
                }

                if (run > 10)
                {
                    throw new InvalidOperationException("The batch did not finish in 10 restarts.");
                }
            }

            using JsonDocument counts = JsonDocument.Parse(await http.GetStringAsync("/emulator/admin/counts?contains=" + Uri.EscapeDataString($"[b:{batchId}:"), cancellationToken));
            JsonElement data = counts.RootElement.GetProperty("data");
            JsonElement byName = data.GetProperty("byName");
            Console.WriteLine();
            Console.WriteLine($"Total time {clock.Elapsed.TotalSeconds:0.0} s for {rows:N0} rows ({rows / clock.Elapsed.TotalSeconds:0.0} items/s including {kills} kill(s) and restart(s))");
            Console.WriteLine($"Emulator counts for batch {batchId}: {byName.GetProperty("projectsCreated").GetInt32():N0} created, {byName.GetProperty("distinctNames").GetInt32():N0} distinct names, {byName.GetProperty("duplicateNames").GetInt32()} duplicated names; POST /editor/project received {data.GetProperty("createRequests").GetInt32():N0} in all");
            Console.WriteLine($"Reconciled at restarts: {reconciledByMarker} by marker, {resentAfterWindow} absent after the 20 s window (sent again), {unknown} outcome unknown");
            string[] results = await File.ReadAllLinesAsync(Path.Combine(folder, "results.csv"), cancellationToken);
            int done = results.Skip(1).Where(l => l.Contains(",done,", StringComparison.Ordinal)).Select(l => l.Split(',')[0]).Distinct().Count();
            Console.WriteLine($"Results file: {results.Length - 1:N0} lines, {done:N0} distinct keys done");
            Console.WriteLine($"Ledger file: {new FileInfo(Path.Combine(folder, "batch.db")).Length / 1024 / 1024.0:0.0} MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> CreatesAsync(HttpClient http, string? contains, CancellationToken cancellationToken)
    {
        using JsonDocument counts = JsonDocument.Parse(await http.GetStringAsync("/emulator/admin/counts" + (contains is null ? "" : "?contains=" + Uri.EscapeDataString(contains)), cancellationToken));
        return counts.RootElement.GetProperty("data").GetProperty("projectsCreated").GetInt32();
    }

    private static long Median(List<long> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Dll(string project, string configuration)
    {
        string dll = RepoPaths.InRepo(Path.Combine("src", project, "bin", configuration, "net10.0", project + ".dll"));
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} ({configuration}) first: {dll}");
    }
}
