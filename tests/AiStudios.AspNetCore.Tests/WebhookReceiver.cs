using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiStudios.AspNetCore.Tests;

/// <summary>A real Kestrel app on 127.0.0.1 (port 0) with the webhook endpoint; records the events its handler gets.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, AiStudiosWebhookOptions options)
    {
        _app = app;
        Options = options;
        Root = new Uri(app.Urls.First());
        Http = new HttpClient { BaseAddress = Root, Timeout = TimeSpan.FromSeconds(10) };
    }

    public const string Secret = "current-secret-0123456789abcdef";

    public const string OldSecret = "previous-secret-0123456789abcdef";

    public AiStudiosWebhookOptions Options { get; }

    public Uri Root { get; }

    public HttpClient Http { get; }

    public ConcurrentQueue<AiStudiosWebhookEvent> Events { get; } = new();

    public Func<AiStudiosWebhookEvent, Task>? OnEvent { get; set; }

    public int FailNext;

    public static async Task<WebhookReceiver> StartAsync(params string[] secrets)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAiStudiosWebhooks(o =>
        {
            foreach (string secret in secrets.Length == 0 ? new[] { Secret, OldSecret } : secrets)
            {
                o.Secrets.Add(secret);
            }

            o.MaxBodyBytes = 4096;
        });
        WebApplication app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapAiStudiosWebhook("/hooks/aistudios", async (e, ct) =>
        {
            if (Interlocked.Exchange(ref receiver!.FailNext, 0) == 1)
            {
                throw new InvalidOperationException("handler failure on purpose");
            }

            receiver.Events.Enqueue(e);
            if (receiver.OnEvent is { } on)
            {
                await on(e);
            }
        });
        await app.StartAsync();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AiStudiosWebhookOptions>>().Value;
        receiver = new WebhookReceiver(app, options);
        return receiver;
    }

    public Uri Url(string query = "") => WebhookUrls.Create(new Uri(Root, "/hooks/aistudios" + query), Options);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
