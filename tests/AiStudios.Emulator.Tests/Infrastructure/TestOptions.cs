using System;

namespace AiStudios.Emulator.Tests.Infrastructure;

public static class TestOptions
{
    /// <summary>A fast emulator: free port, short renders, 10 % steps, frequent ticks.</summary>
    public static EmulatorOptions Fast(TimeSpan? renderDuration = null, TimeProvider? clock = null) => new()
    {
        Port = 0,
        RenderDuration = renderDuration ?? TimeSpan.FromMilliseconds(600),
        ProgressStep = 10,
        TickInterval = TimeSpan.FromMilliseconds(20),
        WebhookTimeout = TimeSpan.FromSeconds(1),
        TimeProvider = clock ?? TimeProvider.System,
    };
}
