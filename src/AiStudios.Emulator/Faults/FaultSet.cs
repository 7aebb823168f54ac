using System;

namespace AiStudios.Emulator.Faults;

/// <summary>
/// The faults chosen for one request: the union of its <c>X-Emulator-Fault</c> header and any matching
/// <see cref="FaultRule"/>. Immutable; <see cref="Merge"/> combines two sets.
/// </summary>
internal sealed record FaultSet
{
    public static FaultSet None { get; } = new();

    /// <summary>
    /// Delay before the request is handled (or failed), in milliseconds; several latencies add up, to at most
    /// <see cref="FaultParser.MaxLatencyMs"/> (the header and matching rules together).
    /// </summary>
    public int LatencyMs { get; init; }

    /// <summary>Abort the connection without an answer.</summary>
    public bool Reset { get; init; }

    /// <summary>Answer 502 with an HTML page instead of the envelope.</summary>
    public bool Html { get; init; }

    /// <summary>When set, answer 429 with this <c>Retry-After</c> (seconds).</summary>
    public int? TooManyRequestsRetryAfter { get; init; }

    /// <summary>When set, answer 503; a non-negative value is sent as <c>Retry-After</c>.</summary>
    public int? ServiceUnavailableRetryAfter { get; init; }

    /// <summary>Answer 500.</summary>
    public bool InternalError { get; init; }

    /// <summary>Handle the request, then send 200 with the first half of the real body (never valid JSON).</summary>
    public bool Malformed { get; init; }

    /// <summary>Treat the presented token as expired from now on.</summary>
    public bool ExpireToken { get; init; }

    /// <summary>A render started by this request stops making progress at this percent.</summary>
    public double? StallAt { get; init; }

    /// <summary>A render started by this request fails when it reaches this percent.</summary>
    public double? FailRenderAt { get; init; }

    /// <summary>A render started by this request waits this long (ms) in the queue first; -1 for ever.</summary>
    public int? QueueMs { get; init; }

    public bool IsEmpty => this == None;

    /// <summary>The set in the header grammar, for logs: <c>latency=200,429=1</c>.</summary>
    public override string ToString()
    {
        var parts = new System.Collections.Generic.List<string>();
        if (LatencyMs > 0)
        {
            parts.Add($"latency={LatencyMs}");
        }

        if (Reset)
        {
            parts.Add("reset");
        }

        if (Html)
        {
            parts.Add("html");
        }

        if (TooManyRequestsRetryAfter is int retry)
        {
            parts.Add($"429={retry}");
        }

        if (ServiceUnavailableRetryAfter is int unavailable)
        {
            parts.Add(unavailable >= 0 ? $"503={unavailable}" : "503");
        }

        if (InternalError)
        {
            parts.Add("500");
        }

        if (Malformed)
        {
            parts.Add("malformed");
        }

        if (ExpireToken)
        {
            parts.Add("expire-token");
        }

        if (StallAt is double stall)
        {
            parts.Add(FormattableString.Invariant($"stall={stall}"));
        }

        if (FailRenderAt is double fail)
        {
            parts.Add(FormattableString.Invariant($"fail-render={fail}"));
        }

        if (QueueMs is int queue)
        {
            parts.Add(queue >= 0 ? $"queue={queue}" : "queue");
        }

        return string.Join(',', parts);
    }

    public FaultSet Merge(FaultSet other) => new()
    {
        LatencyMs = (int)Math.Min((long)LatencyMs + other.LatencyMs, FaultParser.MaxLatencyMs),
        Reset = Reset || other.Reset,
        Html = Html || other.Html,
        TooManyRequestsRetryAfter = TooManyRequestsRetryAfter ?? other.TooManyRequestsRetryAfter,
        ServiceUnavailableRetryAfter = ServiceUnavailableRetryAfter ?? other.ServiceUnavailableRetryAfter,
        InternalError = InternalError || other.InternalError,
        Malformed = Malformed || other.Malformed,
        ExpireToken = ExpireToken || other.ExpireToken,
        StallAt = StallAt ?? other.StallAt,
        FailRenderAt = FailRenderAt ?? other.FailRenderAt,
        QueueMs = QueueMs ?? other.QueueMs,
    };
}
