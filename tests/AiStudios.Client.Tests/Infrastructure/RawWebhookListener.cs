using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AiStudios.Client.Tests.Infrastructure;

/// <summary>A loopback HTTP server that keeps the raw bodies posted to <c>/hook</c>, as a webhook receiver gets them.</summary>
public sealed class RawWebhookListener : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<byte[]> bodies;

    private RawWebhookListener(WebApplication app, ConcurrentQueue<byte[]> bodies, Uri url)
    {
        this.app = app;
        this.bodies = bodies;
        Url = url;
    }

    public Uri Url { get; }

    public IReadOnlyList<byte[]> Bodies => bodies.ToArray();

    public static async Task<RawWebhookListener> StartAsync()
    {
        var bodies = new ConcurrentQueue<byte[]>();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.Map("/hook", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            bodies.Enqueue(buffer.ToArray());
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RawWebhookListener(app, bodies, new Uri(address.TrimEnd('/') + "/hook"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
