using System;

namespace AiStudios.Emulator.Rendering;

/// <summary>One simulated render of a project. Progress is a pure function of the clock, so reads never wait on a timer.</summary>
internal sealed class RenderJob(string taskId, DateTimeOffset startedAt, TimeSpan duration, ExportSettings settings)
{
    public string TaskId { get; } = taskId;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public TimeSpan Duration { get; } = duration;

    public ExportSettings Settings { get; } = settings;

    /// <summary>The <c>stall</c> fault: progress stops here and never reaches 100.</summary>
    public double? StallAt { get; init; }

    /// <summary>The <c>fail-render</c> fault: the render fails when it gets here.</summary>
    public double? FailAt { get; init; }

    /// <summary>The webhook target, once it passed the loopback check; null when none (or refused).</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>The last progress a webhook was sent for; -1 before the first.</summary>
    public int LastNotifiedProgress { get; set; } = -1;

    /// <summary>Raw progress 0..100 at <paramref name="now"/>, before stall, failure and rounding.</summary>
    public double RawProgress(DateTimeOffset now)
    {
        if (Duration <= TimeSpan.Zero)
        {
            return 100;
        }

        var fraction = (now - StartedAt) / Duration;
        return Math.Clamp(fraction * 100, 0, 100);
    }
}
