using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Batch.Input;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;
using AiStudios.Emulator;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace AiStudios.Batch.Orleans.Tests.Infrastructure;

/// <summary>An emulator with fast renders on a free loopback port, a temporary folder, and fleet settings for test clusters.</summary>
public sealed class FleetHarness : IAsyncDisposable
{
    private FleetHarness(EmulatorServer emulator, string folder)
    {
        Emulator = emulator;
        Folder = folder;
    }

    public EmulatorServer Emulator { get; }

    public string Folder { get; }

    public string StoragePath => Path.Combine(Folder, "fleet.db");

    public static async Task<FleetHarness> StartAsync(TimeSpan? renderDuration = null)
    {
        var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Port = 0,
            RenderDuration = renderDuration ?? TimeSpan.FromMilliseconds(300),
            ProgressStep = 50,
            MaxStoredProjects = 20_000,
        });
        return new FleetHarness(emulator, Directory.CreateTempSubdirectory("aistudios-fleet-").FullName);
    }

    /// <summary>The settings every test silo gets: this emulator, fast polls and sweeps.</summary>
    public void Configure(BatchFleetOptions o, int inFlight)
    {
        o.BaseAddress = Emulator.BaseAddress;
        o.AppId = Emulator.Credential.AppId;
        o.UserKey = Emulator.Credential.UserKey;
        o.MaxRendersInFlight = inFlight;
        o.PollInterval = TimeSpan.FromMilliseconds(50);
        o.RequestTimeout = TimeSpan.FromSeconds(20);
        o.FeedInterval = TimeSpan.FromMilliseconds(100);
        o.SweepInterval = TimeSpan.FromMilliseconds(500);
        o.SlotLease = TimeSpan.FromSeconds(6);
        o.SlotRetry = TimeSpan.FromMilliseconds(100);
        o.PauseRefresh = TimeSpan.FromMilliseconds(200);
        o.ItemCallTimeout = TimeSpan.FromSeconds(5);
    }

    /// <summary>A cluster of <paramref name="silos"/> whose fleet state is in this harness's SQLite file.</summary>
    public InProcessTestCluster Cluster(short silos, int inFlight, Action<BatchFleetOptions>? more = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        string path = StoragePath;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddAiStudiosFleetSqliteStorage(path);
            silo.AddAiStudiosBatchFleet(o =>
            {
                Configure(o, inFlight);
                more?.Invoke(o);
            });
        });
        return builder.Build();
    }

    public static Task<BatchPlan> Plan(int rows) =>
        BatchPlanner.PlanAsync(Template(), BatchRowSource.FromCsvText(People(rows), "people.csv"), Mapping());

    /// <summary>Creates counted by the emulator's admin route for a batch's marker.</summary>
    public async Task<AdminCounts> CountsAsync(string batchId)
    {
        using var http = new HttpClient();
        var url = new Uri(Emulator.RootAddress, "emulator/admin/counts?contains=" + Uri.EscapeDataString("[b:" + batchId + ":"));
        JsonNode data = JsonNode.Parse(await http.GetStringAsync(url))!["data"]!;
        JsonNode byName = data["byName"]!;
        return new AdminCounts(
            data["createRequests"]!.GetValue<int>(),
            byName["projectsCreated"]!.GetValue<int>(),
            byName["distinctNames"]!.GetValue<int>(),
            byName["extraCreates"]!.GetValue<int>(),
            byName["untracked"]!.GetValue<int>(),
            byName["duplicates"]!.ToJsonString());
    }

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

    private static BatchTemplate Template() =>
        BatchTemplate.FromProject(
            Video.Landscape()
                .Name("Welcome {{first_name}}")
                .Scene(s => s
                    .Avatar("M000045058")
                    .Script("Hello {{first_name}}, welcome aboard!")
                    .Text("Title goes here", t => t.Tag("title").Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff")))
                .Build(),
            "greeting.json");

    private static BatchMapping Mapping()
    {
        var mapping = new BatchMapping { KeyColumn = "email" };
        mapping.Clips["title"] = "headline";
        return mapping;
    }

    private static string People(int rows)
    {
        var csv = new System.Text.StringBuilder("email,first_name,headline\n");
        for (int i = 1; i <= rows; i++)
        {
            csv.Append($"p{i}@example.com,Person {i},Welcome number {i}\n");
        }

        return csv.ToString();
    }
}

/// <summary>What <c>GET /emulator/admin/counts</c> says: create requests in all, and the projects whose names carry a batch's marker.</summary>
public sealed record AdminCounts(int CreateRequests, int ProjectsCreated, int DistinctNames, int ExtraCreates, int Untracked, string Duplicates);
