using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using AiStudios;
using AiStudios.Batch.Input;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Orleans.Items;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;

string folder = Directory.CreateTempSubdirectory("fleet-consumer-").FullName;
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
// Everything from configuration, as a deployment would give it (appsettings, environment, arguments).
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["AiStudios:Fleet:Clustering"] = "Localhost",
    ["AiStudios:Fleet:SiloPort"] = FreePort().ToString(),
    ["AiStudios:Fleet:GatewayPort"] = FreePort().ToString(),
    ["AiStudios:Fleet:Storage"] = "Sqlite",
    ["AiStudios:Fleet:SqlitePath"] = Path.Combine(folder, "fleet.db"),
    ["AiStudios:Fleet:AppId"] = "consumer-app",              // checked at start; nothing is sent in this program
    ["AiStudios:Fleet:UserKey"] = "consumer-key-never-used",
    ["AiStudios:Fleet:MaxRendersInFlight"] = "5",
});
builder.UseOrleans(silo => silo.AddAiStudiosBatchFleet(builder.Configuration));
using (IHost host = builder.Build())
{
    await host.StartAsync();
    IGrainFactory grains = host.Services.GetRequiredService<IGrainFactory>();

    Project design = Video.Landscape().Name("Welcome {{name}}").Scene(s => s.Avatar("M000045058").Script("Hello {{name}}!")).Build();
    BatchPlan plan = await BatchPlanner.PlanAsync(BatchTemplate.FromProject(design), BatchRowSource.FromCsvText("name\nAnn\nBob\n"), new BatchMapping());
    var seeds = plan.ToItemSeeds();
    BatchOpened opened = await grains.GetGrain<IBatchGrain>("consumer").Open(new BatchOpening(plan.Fingerprint, "consumer", seeds.Count, new()));
    ItemSnapshot item = await grains.GetGrain<IBatchItemGrain>(BatchItemKey.For("consumer", 1)).Seed(ItemSeed.From(seeds[0]));
    FleetProgress progress = await grains.GetGrain<IBatchGrain>("consumer").GetProgress();
    Console.WriteLine($"opened: {(opened.Accepted ? "accepted" : opened.Refusal)}, {progress.Total} rows; item 1: {item.Item!.State} ({item.Item.Key})");
    await host.StopAsync();
}

Directory.Delete(folder, recursive: true);

static int FreePort()
{
    var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    int port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}
