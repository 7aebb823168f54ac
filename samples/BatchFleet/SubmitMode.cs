using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Hosting;
using AiStudios.Batch;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Input;
using AiStudios.Batch.Orleans;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;

namespace BatchFleet;

/// <summary>An Orleans client: plans the batch here (nothing is sent before every row is checked), then the cluster runs it.</summary>
internal static class SubmitMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var positional = new List<string>();
        var mapping = new BatchMapping();
        string? batchId = null;
        var settings = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            switch (arg)
            {
                case "--batch": batchId = Next(); break;
                case "--key": mapping.KeyColumn = Next(); break;
                case "--map": mapping.AddClip(Next()); break;
                case "--script": mapping.AddScript(Next()); break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal)) settings.Add(arg);
                    else positional.Add(arg);
                    break;
            }
        }

        if (positional.Count != 2 || batchId is null)
        {
            Console.Error.WriteLine("usage: BatchFleet submit <template.json> <data.csv> --batch <id> [--key column] [--map tag=column ...]");
            return 2;
        }

        BatchPlan plan = await BatchPlanner.PlanAsync(await BatchTemplate.FromFileAsync(positional[0]), BatchRowSource.FromFile(positional[1]), mapping);
        if (plan.HasErrors)
        {
            foreach (string line in plan.Describe())
            {
                Console.Error.WriteLine(line);
            }

            return 2;
        }

        HostApplicationBuilder builder = Host.CreateApplicationBuilder(settings.ToArray());
        builder.UseOrleansClient(client => client.UseAiStudiosFleetClustering(builder.Configuration));
        using IHost host = builder.Build();
        await host.StartAsync();

        Console.WriteLine($"Batch {batchId}: {plan.RowCount} rows planned; the cluster runs it (this process only watches: stop it and run it again to watch again).");
        var runner = new FleetBatchRunner(host.Services.GetRequiredService<IClusterClient>());
        FleetProgress end = await runner.RunAsync(plan, batchId, new Progress<BatchProgress>(p => Console.WriteLine(p)));
        Console.WriteLine($"Batch {batchId}: {end.ToBatchProgress()}" + (end.StopReason is { } stop ? "; stopped: " + stop : string.Empty));
        if (end.Unresolved.Count > 0)
        {
            Console.WriteLine("Unresolved rows (outcome unknown or render not followed to its end; run again to look once more): " + string.Join(", ", end.Unresolved));
        }

        await host.StopAsync();
        return end.Completed && end.Unresolved.Count == 0 ? 0 : 4;
    }
}
