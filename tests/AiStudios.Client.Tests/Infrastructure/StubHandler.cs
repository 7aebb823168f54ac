using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Client.Tests.Infrastructure;

/// <summary>
/// A fake transport for the cases the emulator does not produce: answers come from a function of the request.
/// Token requests are answered with a fixed token unless the function handles them.
/// </summary>
public sealed class StubHandler(Func<HttpRequestMessage, int, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    public const string Token = "stub-token-not-a-jwt";

    private int calls;

    public ConcurrentQueue<string> Requests { get; } = new();

    public int Calls => Volatile.Read(ref calls);

    public static StubHandler Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        new((request, _) => Task.FromResult(answer(request)));

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string contentType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    public static HttpResponseMessage TokenAnswer() => Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"token\":\"" + Token + "\"}}");

    public static bool IsTokenRequest(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.EndsWith("/auth/token", StringComparison.Ordinal);

    public AiStudiosClient CreateClient(Action<AiStudiosClientOptions>? change = null, Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        var options = new AiStudiosClientOptions
        {
            BaseAddress = new Uri("http://127.0.0.1:9/api/odin/v3/"),
            AppId = "stub-app",
            UserKey = "stub-user-key-SECRET",
            Timeout = TimeSpan.FromSeconds(2),
        };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        change?.Invoke(options);
        return new AiStudiosClient(new HttpClient(this), options, logger);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref calls);
        Requests.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath}");
        return await answer(request, number);
    }
}
