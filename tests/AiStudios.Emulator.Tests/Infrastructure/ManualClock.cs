using System;
using System.Threading;

namespace AiStudios.Emulator.Tests.Infrastructure;

/// <summary>
/// A clock that only moves when told to. Only <see cref="GetUtcNow"/> is overridden, so timers (the emulator's
/// ticker, latency) still run on real time while token expiry and render progress follow this clock.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long offsetTicks;

    public ManualClock()
        : this(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => start + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
