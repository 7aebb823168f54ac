using System;
using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Batch.Orleans.Limits
{
    /// <summary>
    /// The cluster's limits as numbers, with the time passed in (pure, so tests move time by hand): a token bucket for
    /// creates, render slots held by named holders under leases that expire, and a pause every silo honours after a 429.
    /// The limiter grain holds one; this class decides.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>Creates.</b> Over any t seconds at most <c>burst + rate × t</c> creates are granted. A caller that is refused is
    /// told how long to wait and asks again; nothing is queued inside the limiter, so a slow caller never holds it up.
    /// </para>
    /// <para>
    /// <b>Slots.</b> A holder (an item's grain) enters once and renews its lease while its render is in flight; a holder
    /// whose silo died stops renewing and its slot comes back when the lease runs out. New slots are granted only while
    /// fewer than the cap are held. A renewal is always counted (the render it stands for is in flight whether or not
    /// the limiter remembers it), so a lease that ran out wrongly can make the count exceed the cap for a moment; no new
    /// slot is granted until it is back under it.
    /// </para>
    /// <para>
    /// <b>After a restart</b> (the limiter's silo died: its counts are gone) nothing new is granted for half a lease,
    /// long enough for every live holder to renew (they renew every third of a lease), and the bucket starts empty: a
    /// restarted limiter is never more generous than the one it replaces.
    /// </para>
    /// </remarks>
    public sealed class FleetLimits
    {
        private readonly Dictionary<string, DateTimeOffset> _leases = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        private readonly double _perSecond;
        private readonly double _burst;
        private double _tokens;
        private DateTimeOffset _refilledAt;
        private DateTimeOffset _graceUntil;

        /// <summary>Creates the limits.</summary>
        /// <param name="maxInFlight">Slots (renders in flight) at most, at least 1.</param>
        /// <param name="createsPerMinute">Creates per minute; 0 or infinity: no limit.</param>
        /// <param name="burst">Creates that may leave at once after a quiet spell, at least 1.</param>
        /// <param name="lease">How long a slot is held without a renewal.</param>
        /// <param name="slotRetry">How long a caller refused a slot waits before it asks again.</param>
        /// <param name="now">The time.</param>
        /// <param name="restarted">Whether this replaces a limiter that died (its slots and bucket are unknown).</param>
        public FleetLimits(int maxInFlight, double createsPerMinute, int burst, TimeSpan lease, TimeSpan slotRetry, DateTimeOffset now, bool restarted)
        {
            if (maxInFlight < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxInFlight), maxInFlight, "At least one render must be allowed in flight.");
            }

            if (double.IsNaN(createsPerMinute) || createsPerMinute < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(createsPerMinute), createsPerMinute, "The create rate must be positive (0 or infinity: no limit).");
            }

            if (burst < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(burst), burst, "The burst must be at least 1.");
            }

            if (lease <= TimeSpan.Zero || slotRetry <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(lease), "The lease and the slot retry must be positive.");
            }

            MaxInFlight = maxInFlight;
            Lease = lease;
            SlotRetry = slotRetry;
            _perSecond = createsPerMinute == 0 ? double.PositiveInfinity : createsPerMinute / 60.0;
            _burst = burst;
            _tokens = restarted ? 0 : burst;
            _refilledAt = now;
            _graceUntil = restarted ? now + TimeSpan.FromTicks(lease.Ticks / 2) : DateTimeOffset.MinValue;
            PausedUntil = DateTimeOffset.MinValue;
        }

        /// <summary>Slots at most.</summary>
        public int MaxInFlight { get; }

        /// <summary>How long a slot is held without a renewal.</summary>
        public TimeSpan Lease { get; }

        /// <summary>How long a caller refused a slot waits before asking again.</summary>
        public TimeSpan SlotRetry { get; }

        /// <summary>Until when every silo is paused (a 429); <see cref="DateTimeOffset.MinValue"/> when not.</summary>
        public DateTimeOffset PausedUntil { get; private set; }

        /// <summary>The most slots held at once so far.</summary>
        public int PeakInFlight { get; private set; }

        /// <summary>Creates granted so far.</summary>
        public long CreatesGranted { get; private set; }

        /// <summary>Slots granted so far (first entries, not renewals).</summary>
        public long SlotsGranted { get; private set; }

        /// <summary>How many pauses were asked for.</summary>
        public int Pauses { get; private set; }

        /// <summary>Slots held now (expired leases dropped first).</summary>
        /// <param name="now">The time.</param>
        /// <returns>The count.</returns>
        public int InFlight(DateTimeOffset now)
        {
            Expire(now);
            return _leases.Count;
        }

        /// <summary>Asks for one create.</summary>
        /// <param name="now">The time.</param>
        /// <returns><see cref="TimeSpan.Zero"/>: granted; otherwise how long to wait before asking again (a pause, or the next token).</returns>
        public TimeSpan TryTakeCreate(DateTimeOffset now)
        {
            if (PausedUntil > now)
            {
                return PausedUntil - now;
            }

            if (double.IsPositiveInfinity(_perSecond))
            {
                CreatesGranted++;
                return TimeSpan.Zero;
            }

            double elapsed = Math.Max(0, (now - _refilledAt).TotalSeconds);
            _tokens = Math.Min(_burst, _tokens + (elapsed * _perSecond));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                CreatesGranted++;
                return TimeSpan.Zero;
            }

            // Rounded up to a millisecond: a caller that waits exactly this long finds its token.
            return TimeSpan.FromMilliseconds(Math.Ceiling((1 - _tokens) / _perSecond * 1000));
        }

        /// <summary>Asks for a slot for <paramref name="holder"/>; a holder that has one keeps it (and its lease is renewed).</summary>
        /// <param name="holder">Who holds it (an item's grain key).</param>
        /// <param name="now">The time.</param>
        /// <returns><see cref="TimeSpan.Zero"/>: held; otherwise how long to wait before asking again.</returns>
        public TimeSpan TryEnter(string holder, DateTimeOffset now)
        {
            Expire(now);
            if (_leases.ContainsKey(holder))
            {
                _leases[holder] = now + Lease;
                return TimeSpan.Zero;
            }

            if (now < _graceUntil)
            {
                return Min(_graceUntil - now, SlotRetry);
            }

            if (_leases.Count >= MaxInFlight)
            {
                return SlotRetry;
            }

            _leases[holder] = now + Lease;
            SlotsGranted++;
            PeakInFlight = Math.Max(PeakInFlight, _leases.Count);
            return TimeSpan.Zero;
        }

        /// <summary>Renews <paramref name="holder"/>'s lease, counting it again if the limiter lost it (a restart, a lease that ran out).</summary>
        /// <param name="holder">The holder.</param>
        /// <param name="now">The time.</param>
        public void Renew(string holder, DateTimeOffset now)
        {
            Expire(now);
            _leases[holder] = now + Lease;
            PeakInFlight = Math.Max(PeakInFlight, _leases.Count);
        }

        /// <summary>Gives <paramref name="holder"/>'s slot back (nothing happens if it holds none).</summary>
        /// <param name="holder">The holder.</param>
        public void Release(string holder) => _leases.Remove(holder);

        /// <summary>Pauses every create and call for <paramref name="delay"/> from now (a pause already longer stays).</summary>
        /// <param name="delay">The service's Retry-After.</param>
        /// <param name="now">The time.</param>
        public void Pause(TimeSpan delay, DateTimeOffset now)
        {
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            Pauses++;
            DateTimeOffset until = now + delay;
            if (until > PausedUntil)
            {
                PausedUntil = until;
            }
        }

        /// <summary>How much of the pause is left.</summary>
        /// <param name="now">The time.</param>
        /// <returns>Zero when not paused.</returns>
        public TimeSpan PauseRemaining(DateTimeOffset now) => PausedUntil > now ? PausedUntil - now : TimeSpan.Zero;

        private void Expire(DateTimeOffset now)
        {
            if (_leases.Count == 0)
            {
                return;
            }

            foreach (string holder in _leases.Where(l => l.Value <= now).Select(l => l.Key).ToList())
            {
                _leases.Remove(holder);
            }
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    }
}
