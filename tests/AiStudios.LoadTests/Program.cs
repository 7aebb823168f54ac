using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using AiStudios;
using AiStudios.Emulator;
using AiStudios.Testing;
using AiStudios.Validation;

// Bounded on purpose: a fixed number of requests, to 127.0.0.1 only, and a hard time limit.
var settings = Settings.Parse(args);
using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(10));
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Project project = Project.FromJson(File.ReadAllBytes(RepoPaths.SeedProject));
byte[] body = project.ToUtf8Bytes();

await using var emulator = await EmulatorServer.StartAsync(
    new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromSeconds(1), ProgressStep = 10 },
    limit.Token);

// Warm both sides up (JIT, the emulator's schema validator) with another client, then count from zero.
using (var warm = new AiStudiosClient(Options(emulator)))
{
    await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => warm.CreateProjectAsync(project, limit.Token)));
}

emulator.State.ResetCounters();
int warmProjects = emulator.State.Projects.Count;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine($"Emulator: {emulator.BaseAddress} (in process; client and server share the cores)");
Console.WriteLine($"Payload: the seed project, {body.Length} bytes");
Console.WriteLine();

int failures = 0;

// 1. Load: N creates, C at a time, through one client.
{
    using var client = new AiStudiosClient(Options(emulator));
    var latencies = new double[settings.Projects];
    int next = -1;
    var errors = new List<string>();
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < settings.Projects)
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                await client.CreateProjectAsync(project, limit.Token);
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e.Message);
                }
            }

            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    })));
    watch.Stop();

    Array.Sort(latencies);
    Console.WriteLine($"Load: {settings.Projects} creates, concurrency {settings.Concurrency}");
    Console.WriteLine($"  failures:          {errors.Count}");
    Console.WriteLine($"  token requests:    {emulator.State.TokenRequests}");
    Console.WriteLine($"  creates received:  {emulator.State.RequestCount("POST", "/editor/project")} (projects created: {emulator.State.ProjectsCreated})");
    Console.WriteLine($"  wall time:         {watch.Elapsed.TotalSeconds:0.00} s");
    Console.WriteLine($"  throughput:        {settings.Projects / watch.Elapsed.TotalSeconds:0} creates/s");
    Console.WriteLine($"  latency p50 / p99: {Percentile(latencies, 0.50):0.00} ms / {Percentile(latencies, 0.99):0.00} ms (max {latencies[^1]:0.00} ms)");
    Console.WriteLine();

    failures += Check(errors.Count == 0, $"no failures (first: {errors.FirstOrDefault()})");
    failures += Check(emulator.State.TokenRequests == 1, "exactly one token request");
    failures += Check(emulator.State.ProjectsCreated == settings.Projects && emulator.State.Projects.Count - warmProjects == settings.Projects, "every project created once");
    failures += Check(emulator.State.RequestCount("POST", "/editor/project") == settings.Projects, "no create sent twice");
}

// 2. Overhead per create call: AiStudiosClient.CreateProjectAsync(project) against a raw HttpClient POST of the
//    same bytes with the same token header, read to the end. Sequential, one fresh emulator, same handler settings,
//    alternating in rounds so that drift (the emulator's store grows) hits both alike.
await emulator.StopAsync();
{
    await using var quiet = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.Zero }, limit.Token);
    using var clientHttp = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
    using var rawHttp = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
    using var client = new AiStudiosClient(clientHttp, Options(quiet));
    string token = quiet.IssueToken();
    var createUri = new Uri(quiet.BaseAddress, "editor/project");

    async Task Raw()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, createUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using var response = await rawHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
        byte[] answer = await response.Content.ReadAsByteArrayAsync(limit.Token);
        if (!response.IsSuccessStatusCode || answer.Length == 0)
        {
            throw new InvalidOperationException($"raw POST failed: {(int)response.StatusCode}");
        }
    }

    Task Client() => client.CreateProjectAsync(project, limit.Token);

    // The raw POST plus what the client must do before sending (validate, serialize): what is left of the
    // difference to the client is the client's own HTTP pipeline (token, retry loop, timeout, envelope).
    Task RawWithPreparation()
    {
        if (project.Validate().HasErrors)
        {
            throw new InvalidOperationException("invalid");
        }

        _ = project.ToUtf8Bytes();
        return Raw();
    }

    var variants = new (string Name, Func<Task> Call)[] { ("raw", Raw), ("raw+prep", RawWithPreparation), ("client", Client) };
    for (int i = 0; i < settings.Warmup; i++)
    {
        foreach (var variant in variants)
        {
            await variant.Call();
        }
    }

    var medians = variants.ToDictionary(v => v.Name, _ => new List<double>());
    var ratios = new List<double>();
    var pipelineRatios = new List<double>();
    for (int round = 0; round < settings.Rounds; round++)
    {
        // Alternate the order in each round.
        foreach (var variant in round % 2 == 0 ? variants : variants.Reverse())
        {
            medians[variant.Name].Add(await MedianMicroseconds(variant.Call, settings.PerRound));
        }

        ratios.Add(medians["client"][round] / medians["raw"][round]);
        pipelineRatios.Add(medians["client"][round] / medians["raw+prep"][round]);
    }

    // In process, alone: what validation and serialization of this project cost.
    double validateUs = InProcessMicroseconds(() => project.Validate(), 2000);
    double serializeUs = InProcessMicroseconds(() => project.ToUtf8Bytes(), 2000);

    double rawUs = Median(medians["raw"]);
    double prepUs = Median(medians["raw+prep"]);
    double clientUs = Median(medians["client"]);
    double ratio = Median(ratios);
    Console.WriteLine($"Overhead per create (sequential; {settings.Rounds} rounds x {settings.PerRound} calls per variant, median of round medians)");
    Console.WriteLine($"  raw HttpClient POST of the same bytes:       {rawUs:0} us");
    Console.WriteLine($"  raw POST + Validate() + ToUtf8Bytes():       {prepUs:0} us");
    Console.WriteLine($"  AiStudiosClient.CreateProjectAsync:          {clientUs:0} us");
    Console.WriteLine($"  ratio client / raw:                          {ratio:0.000}x (rounds: {string.Join(", ", ratios.Select(r => r.ToString("0.00")))})");
    Console.WriteLine($"  ratio client / (raw + validate + serialize): {Median(pipelineRatios):0.000}x");
    Console.WriteLine($"  in process alone: Validate() {validateUs:0.0} us, ToUtf8Bytes() {serializeUs:0.0} us");
    Console.WriteLine($"  target (client within 1.2x of raw): {(ratio <= 1.2 ? "met" : "missed")}");
}

Console.WriteLine(failures == 0 ? "OK" : $"{failures} check(s) failed");
return failures == 0 ? 0 : 1;

static AiStudiosClientOptions Options(EmulatorServer emulator) => new()
{
    BaseAddress = emulator.BaseAddress,
    AppId = emulator.Credential.AppId,
    UserKey = emulator.Credential.UserKey,
    Timeout = TimeSpan.FromSeconds(30),
};

static async Task<double> MedianMicroseconds(Func<Task> call, int count)
{
    var samples = new double[count];
    for (int i = 0; i < count; i++)
    {
        long start = Stopwatch.GetTimestamp();
        await call();
        samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    return Median(samples);
}

static double InProcessMicroseconds(Action action, int count)
{
    for (int i = 0; i < 200; i++)
    {
        action();
    }

    long start = Stopwatch.GetTimestamp();
    for (int i = 0; i < count; i++)
    {
        action();
    }

    return Stopwatch.GetElapsedTime(start).TotalMicroseconds / count;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static int Check(bool ok, string what)
{
    Console.WriteLine($"  [{(ok ? "ok" : "FAILED")}] {what}");
    return ok ? 0 : 1;
}

/// <summary>Command-line settings: --projects, --concurrency, --rounds, --per-round, --warmup.</summary>
internal sealed record Settings(int Projects, int Concurrency, int Rounds, int PerRound, int Warmup)
{
    public static Settings Parse(string[] args)
    {
        int Get(string name, int fallback, int max)
        {
            int at = Array.IndexOf(args, name);
            int value = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
            return value >= 1 && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be 1 to {max}.");
        }

        return new Settings(Get("--projects", 1000, 20_000), Get("--concurrency", 32, 256), Get("--rounds", 15, 50), Get("--per-round", 200, 2000), Get("--warmup", 200, 5000));
    }
}
