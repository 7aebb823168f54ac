using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AiStudios.Emulator.Tests.Infrastructure;

/// <summary>One webhook call as received.</summary>
public sealed record ReceivedWebhook(string Method, string? ContentType, JsonObject Body);

/// <summary>A tiny loopback HTTP server that records every request to <c>/hook</c>.</summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedWebhook> received;

    private WebhookListener(WebApplication app, ConcurrentQueue<ReceivedWebhook> received, Uri url)
    {
        this.app = app;
        this.received = received;
        Url = url;
    }

    public Uri Url { get; }

    public IReadOnlyList<ReceivedWebhook> Received => received.ToArray();

    /// <param name="status">The status code the listener answers with.</param>
    public static async Task<WebhookListener> StartAsync(int status = StatusCodes.Status200OK)
    {
        var received = new ConcurrentQueue<ReceivedWebhook>();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.Map("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync();
            received.Enqueue(new ReceivedWebhook(context.Request.Method, context.Request.ContentType, (JsonObject)JsonNode.Parse(text)!));
            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebhookListener(app, received, new Uri(address.TrimEnd('/') + "/hook"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
