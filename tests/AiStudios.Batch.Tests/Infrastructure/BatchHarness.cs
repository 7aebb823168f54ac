using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Input;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Throughput;
using AiStudios.Emulator;

namespace AiStudios.Batch.Tests.Infrastructure;

/// <summary>An emulator on a free loopback port with fast renders, a client whose requests pass a batch throttle, and a temporary folder.</summary>
public sealed class BatchHarness : IAsyncDisposable
{
    private BatchHarness(EmulatorServer emulator, string folder)
    {
        Emulator = emulator;
        Folder = folder;
    }

    public EmulatorServer Emulator { get; }

    public string Folder { get; }

    public string LedgerPath => Path.Combine(Folder, "batch.db");

    public static async Task<BatchHarness> StartAsync(TimeSpan? renderDuration = null)
    {
        var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Port = 0,
            RenderDuration = renderDuration ?? TimeSpan.FromMilliseconds(300),
            ProgressStep = 20,
        });
        return new BatchHarness(emulator, Directory.CreateTempSubdirectory("aistudios-batch-").FullName);
    }

    /// <summary>A client over <paramref name="throttle"/> (the 429 pause reaches every request); by default no retries of its own, so refusals reach the batch.</summary>
    public (AiStudiosClient Client, HttpClient Http) Client(IBatchThrottle throttle, HttpMessageHandler? inner = null, int maxRetries = 0)
    {
        HttpClient http = inner is null
            ? BatchThrottlingHandler.CreateHttpClient(throttle)
            : new HttpClient(new BatchThrottlingHandler(throttle, new BillableRequestGuard(inner))) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        var client = new AiStudiosClient(http, new AiStudiosClientOptions
        {
            BaseAddress = Emulator.BaseAddress,
            AppId = Emulator.Credential.AppId,
            UserKey = Emulator.Credential.UserKey,
            Timeout = TimeSpan.FromSeconds(10),
            Retry = new AiStudiosRetryOptions { MaxRetries = maxRetries },
        });
        return (client, http);
    }

    public BatchOptions Options(BatchThrottle throttle, int inFlight = 3) => new()
    {
        MaxRendersInFlight = inFlight,
        Throttle = throttle,
        RenderWait = new RenderWaitOptions { DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(40)), Timeout = TimeSpan.FromMinutes(1) },
        ResultsFile = Path.Combine(Folder, "results.csv"),
        ProgressInterval = TimeSpan.Zero,
    };

    public static Task<BatchPlan> Plan(int rows) =>
        BatchPlanner.PlanAsync(Samples.GreetingTemplate(), BatchRowSource.FromCsvText(Samples.People(rows), "people.csv"), Samples.GreetingMapping());

    public CreateCounts Creates(string batchId) => Emulator.State.CreateCounts("[b:" + batchId + ":");

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
