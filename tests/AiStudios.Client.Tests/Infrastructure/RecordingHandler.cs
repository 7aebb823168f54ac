using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Client.Tests.Infrastructure;

/// <summary>Passes requests on to the network and keeps what was sent: method, path and query, body text.</summary>
public sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<(string Request, string Body)> sent = new();

    /// <summary>Each request as <c>METHOD /path?query</c>, with its body (empty for none).</summary>
    public IReadOnlyList<(string Request, string Body)> Sent => sent.ToArray();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        sent.Enqueue((request.Method.Method + " " + request.RequestUri!.PathAndQuery, body));
        return await base.SendAsync(request, cancellationToken);
    }
}
