using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace AiStudios.Emulator.Hosting;

/// <summary>The raw, thread-safe counters behind <see cref="EmulatorState"/>.</summary>
internal sealed class Counters
{
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.Ordinal);
    private int totalRequests;
    private int tokenRequests;
    private int tokensIssued;
    private int projectsCreated;
    private int simpleVideosCreated;
    private int customVideosCreated;
    private int audiosCreated;
    private int exportsStarted;
    private int webhooksSent;
    private int webhooksFailed;
    private int webhooksRefused;

    public int TotalRequests => Volatile.Read(ref totalRequests);

    public int TokenRequests => Volatile.Read(ref tokenRequests);

    public int TokensIssued => Volatile.Read(ref tokensIssued);

    public int ProjectsCreated => Volatile.Read(ref projectsCreated);

    public int SimpleVideosCreated => Volatile.Read(ref simpleVideosCreated);

    public int ExportsStarted => Volatile.Read(ref exportsStarted);

    public int CustomVideosCreated => Volatile.Read(ref customVideosCreated);

    public int AudiosCreated => Volatile.Read(ref audiosCreated);

    public int WebhooksSent => Volatile.Read(ref webhooksSent);

    public int WebhooksFailed => Volatile.Read(ref webhooksFailed);

    public int WebhooksRefused => Volatile.Read(ref webhooksRefused);

    public IReadOnlyDictionary<string, int> RequestsByEndpoint =>
        requests.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    public int RequestCount(string endpoint) => requests.TryGetValue(endpoint, out var count) ? count : 0;

    public void Request(string endpoint)
    {
        Interlocked.Increment(ref totalRequests);
        requests.AddOrUpdate(endpoint, 1, (_, count) => count + 1);
    }

    public void TokenRequest() => Interlocked.Increment(ref tokenRequests);

    public void TokenIssued() => Interlocked.Increment(ref tokensIssued);

    public void ProjectCreated() => Interlocked.Increment(ref projectsCreated);

    public void SimpleVideoCreated() => Interlocked.Increment(ref simpleVideosCreated);

    public void ExportStarted() => Interlocked.Increment(ref exportsStarted);

    public void CustomVideoCreated() => Interlocked.Increment(ref customVideosCreated);

    public void AudioCreated() => Interlocked.Increment(ref audiosCreated);

    public void WebhookSent() => Interlocked.Increment(ref webhooksSent);

    public void WebhookFailed() => Interlocked.Increment(ref webhooksFailed);

    public void WebhookRefused() => Interlocked.Increment(ref webhooksRefused);

    public void Reset()
    {
        requests.Clear();
        Interlocked.Exchange(ref totalRequests, 0);
        Interlocked.Exchange(ref tokenRequests, 0);
        Interlocked.Exchange(ref tokensIssued, 0);
        Interlocked.Exchange(ref projectsCreated, 0);
        Interlocked.Exchange(ref simpleVideosCreated, 0);
        Interlocked.Exchange(ref exportsStarted, 0);
        Interlocked.Exchange(ref customVideosCreated, 0);
        Interlocked.Exchange(ref audiosCreated, 0);
        Interlocked.Exchange(ref webhooksSent, 0);
        Interlocked.Exchange(ref webhooksFailed, 0);
        Interlocked.Exchange(ref webhooksRefused, 0);
    }
}
