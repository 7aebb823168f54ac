using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Hosting;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Hosting;
using Orleans.Configuration;

namespace BatchFleet;

/// <summary>One silo: the fleet's grains, and the web endpoints (render webhooks, a batch's progress) on 127.0.0.1.</summary>
internal static class SiloMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        builder.UseOrleans(silo =>
        {
            // Clustering, storage, limits and the service's address: all from AiStudios:Fleet.
            silo.AddAiStudiosBatchFleet(builder.Configuration);

            // Failure detection is Orleans' own (Orleans:Membership:ProbeTimeout, NumMissedProbesLimit, ...).
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
        });

        WebApplication app = builder.Build();
        if (builder.Configuration["AiStudios:Fleet:WebhookBaseUrl"] is not null)
        {
            // The service calls any silo (behind one load balancer); the call goes on to the item's grain.
            app.MapAiStudiosFleetWebhook("/hooks/aistudios");
        }

        app.MapGet("/batches/{id}", async (string id, IGrainFactory grains) =>
            (await grains.GetGrain<IBatchGrain>(id).GetProgress()).ToBatchProgress().ToString());

        await app.RunAsync();
        return 0;
    }
}
