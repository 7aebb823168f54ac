using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Orleans.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.TestingHost;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace AiStudios.Batch.Orleans.Tests;

/// <summary>The production providers against a real redis-server: Redis membership, Redis grain storage, chosen by configuration.</summary>
public class RedisFleetTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_batch_on_redis_clustering_and_storage_survives_a_silo_stopped_mid_batch()
    {
        Skip.If(RedisServer.Path is null, RedisServer.SkipReason);
        const int Rows = 150;
        await using RedisServer redis = await RedisServer.StartAsync();
        await using var harness = await FleetHarness.StartAsync();

        // The classic TestCluster: its silos are configured from properties only (no closures), as a deployment would be.
        var builder = new TestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.UseTestClusterMembership = false;
        var settings = new Dictionary<string, string>
        {
            ["Clustering"] = "Redis",
            ["Storage"] = "Redis",
            ["Redis"] = redis.ConnectionString,
            ["ClusterId"] = builder.Options.ClusterId,
            ["ServiceId"] = builder.Options.ServiceId,
            ["BaseAddress"] = harness.Emulator.BaseAddress.AbsoluteUri,
            ["AppId"] = harness.Emulator.Credential.AppId,
            ["UserKey"] = harness.Emulator.Credential.UserKey,
            ["MaxRendersInFlight"] = "20",
            ["PollInterval"] = "00:00:00.050",
            ["FeedInterval"] = "00:00:00.100",
            ["SweepInterval"] = "00:00:00.500",
            ["SlotLease"] = "00:00:06",
            ["SlotRetry"] = "00:00:00.100",
            ["PauseRefresh"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings)
        {
            builder.Properties[BatchFleetOptions.SectionName + ":" + key] = value;
        }

        builder.AddSiloBuilderConfigurator<ConfiguredFleetSilo>();
        builder.AddClientBuilderConfigurator<RedisClusterClient>();
        await using TestCluster cluster = builder.Build();
        await cluster.DeployAsync();

        var plan = await FleetHarness.Plan(Rows);
        var quarter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<FleetProgress> run = new FleetBatchRunner(cluster.Client) { ProgressInterval = TimeSpan.FromMilliseconds(100) }
            .RunAsync(plan, "redis1", new Progress<BatchProgress>(p => { if (p.Finished >= Rows / 4) quarter.TrySetResult(); }));
        await Task.WhenAny(quarter.Task, run);
        await cluster.StopSiloAsync(cluster.Silos[1]);
        FleetProgress end = await run;

        AdminCounts counts = await harness.CountsAsync("redis1");
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        int itemKeys = connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "*batchitem*").Count();
        output.WriteLine($"{end.ToBatchProgress()}; emulator: {counts}; item keys in Redis: {itemKeys}");

        Assert.True(end.Completed, end.ToBatchProgress().ToString());
        Assert.Equal(Rows, end.ToBatchProgress().Counts[BatchItemState.Done]);
        Assert.Equal(Rows, counts.ProjectsCreated);
        Assert.Equal(0, counts.ExtraCreates);
        Assert.Equal(Rows, itemKeys);
    }

    public sealed class ConfiguredFleetSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo.AddAiStudiosBatchFleet(silo.Configuration);
    }

    public sealed class RedisClusterClient : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) =>
            client.UseRedisClustering(configuration[BatchFleetOptions.SectionName + ":Redis"]!);
    }
}
