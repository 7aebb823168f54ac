using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using AiStudios.Emulator.Hosting;
using AiStudios.Emulator.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Webhooks;

/// <summary>
/// Sends webhooks in the background, one at a time and in the order they were queued: <c>POST</c> with a JSON body,
/// a short timeout, no retries, no signature. A failed call is logged and counted, never thrown: the render goes on.
/// </summary>
internal sealed class WebhookDispatcher : BackgroundService
{
    private readonly Channel<WebhookNotice> queue = Channel.CreateUnbounded<WebhookNotice>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpClient client;
    private readonly Counters counters;
    private readonly ILogger<WebhookDispatcher> logger;

    public WebhookDispatcher(EmulatorOptions options, Counters counters, ILogger<WebhookDispatcher> logger)
    {
        this.counters = counters;
        this.logger = logger;
        client = new HttpClient(CreateLoopbackOnlyHandler(), disposeHandler: true) { Timeout = options.WebhookTimeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("AiStudios-Emulator-Webhook/1.0");
    }

    public void Enqueue(WebhookNotice notice) => queue.Writer.TryWrite(notice);

    public override void Dispose()
    {
        client.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var notice in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await SendAsync(notice, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: undelivered webhooks are dropped, like any fire-and-forget call.
        }
    }

    private async Task SendAsync(WebhookNotice notice, CancellationToken stoppingToken)
    {
        try
        {
            using var content = new StringContent(notice.Body.ToJsonString(EmulatorJson.Options), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(notice.Url, content, stoppingToken);
            if (response.IsSuccessStatusCode)
            {
                counters.WebhookSent();
            }
            else
            {
                counters.WebhookFailed();
                logger.LogWarning("Webhook for project {ProjectId} to {Host} answered {Status}.", notice.ProjectId, Http.SafeText.Of(notice.Url.Authority, 100), (int)response.StatusCode);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or SocketException or InvalidOperationException)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            counters.WebhookFailed();
            // The authority only: a webhook URL may carry a secret in its path or query.
            logger.LogWarning("Webhook for project {ProjectId} to {Host} failed: {Error}", notice.ProjectId, Http.SafeText.Of(notice.Url.Authority, 100), Http.SafeText.Of(ex.Message));
        }
    }

    /// <summary>
    /// A handler that can only reach loopback addresses: no proxy (an HTTP_PROXY variable would otherwise route the
    /// call elsewhere), no redirects (a redirect could point off the machine), and a connect step that refuses any
    /// resolved address that is not loopback. <see cref="LoopbackPolicy"/> has already refused other hosts; this is
    /// the second lock.
    /// </summary>
    private static SocketsHttpHandler CreateLoopbackOnlyHandler() => new()
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ConnectCallback = async (context, cancellationToken) =>
        {
            // No DNS: localhost and *.localhost map straight to loopback, IP literals must be loopback, the rest is refused.
            var host = context.DnsEndPoint.Host;
            var loopback = LoopbackPolicy.LoopbackAddresses(host)
                ?? throw new HttpRequestException($"Refused to connect to {host}: the emulator only calls loopback addresses.");

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(loopback, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
