using System;

namespace AiStudios.Emulator.Rendering;

/// <summary>One simulated render of a project. Progress is a pure function of the clock, so reads never wait on a timer.</summary>
internal sealed class RenderJob(string taskId, DateTimeOffset startedAt, TimeSpan duration, ExportSettings settings)
{
    /// <summary>A <see cref="QueueFor"/> that never ends: the render stays queued.</summary>
    public static readonly TimeSpan Forever = System.Threading.Timeout.InfiniteTimeSpan;

    public string TaskId { get; } = taskId;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public TimeSpan Duration { get; } = duration;

    public ExportSettings Settings { get; } = settings;

    /// <summary>The <c>stall</c> fault: progress stops here and never reaches 100.</summary>
    public double? StallAt { get; init; }

    /// <summary>The <c>fail-render</c> fault: the render fails when it gets here.</summary>
    public double? FailAt { get; init; }

    /// <summary>How long the render waits in the queue (progress 0) before it starts; <see cref="Forever"/> for ever.</summary>
    public TimeSpan QueueFor { get; init; }

    /// <summary>The webhook target, once it passed the loopback check; null when none (or refused).</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>The last progress a webhook was sent for; -1 before the first.</summary>
    public int LastNotifiedProgress { get; set; } = -1;

    /// <summary>Whether the webhook that reports the render's failure was sent.</summary>
    public bool FailureNotified { get; set; }

    /// <summary>Whether the render still waits in the queue at <paramref name="now"/>.</summary>
    public bool IsQueued(DateTimeOffset now) => QueueFor == Forever || now - StartedAt < QueueFor;

    /// <summary>Raw progress 0..100 at <paramref name="now"/>, before stall, failure and rounding; 0 while queued.</summary>
    public double RawProgress(DateTimeOffset now)
    {
        if (IsQueued(now))
        {
            return 0;
        }

        if (Duration <= TimeSpan.Zero)
        {
            return 100;
        }

        var fraction = (now - StartedAt - QueueFor) / Duration;
        return Math.Clamp(fraction * 100, 0, 100);
    }
}
