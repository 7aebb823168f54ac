using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.AspNetCore
{
    /// <summary>
    /// Remembers the deliveries handled, so that a repeated one (same render task, same progress, same kind) is
    /// answered 2xx without calling the handler again. The default, <see cref="InMemoryWebhookDeduplicationStore"/>,
    /// serves one instance; behind a load balancer use a shared store (a database unique index, Redis <c>SET NX EX</c>).
    /// </summary>
    public interface IWebhookDeduplicationStore
    {
        /// <summary>Marks <paramref name="key"/> as being handled, atomically.</summary>
        /// <param name="key">The delivery's key (<c>RenderWebhook.DeduplicationKey</c>, with the URL's parameters).</param>
        /// <param name="window">How long to remember it.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>True for the first delivery; false for a repeat.</returns>
        ValueTask<bool> TryBeginAsync(string key, TimeSpan window, CancellationToken cancellationToken);

        /// <summary>Forgets <paramref name="key"/> (the handler failed, so a repeat should run it again).</summary>
        /// <param name="key">The key.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>A task.</returns>
        ValueTask ForgetAsync(string key, CancellationToken cancellationToken);
    }

    /// <summary>Keys in memory with their expiry; at most <see cref="Capacity"/> (the oldest go first), so a flood cannot grow it without end.</summary>
    public sealed class InMemoryWebhookDeduplicationStore : IWebhookDeduplicationStore
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _keys = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        private readonly TimeProvider _time;
        private int _sweeping;

        /// <summary>Creates the store.</summary>
        /// <param name="time">The clock; null for the system's.</param>
        public InMemoryWebhookDeduplicationStore(TimeProvider? time = null)
        {
            _time = time ?? TimeProvider.System;
        }

        /// <summary>Keys kept at most. Default 100,000.</summary>
        public int Capacity { get; set; } = 100_000;

        /// <summary>Keys held now.</summary>
        public int Count => _keys.Count;

        /// <inheritdoc />
        public ValueTask<bool> TryBeginAsync(string key, TimeSpan window, CancellationToken cancellationToken)
        {
            DateTimeOffset now = _time.GetUtcNow();
            DateTimeOffset expires = now + window;
            while (true)
            {
                if (_keys.TryAdd(key, expires))
                {
                    if (_keys.Count > Capacity)
                    {
                        Sweep(now);
                    }

                    return new ValueTask<bool>(true);
                }

                if (_keys.TryGetValue(key, out DateTimeOffset until) && until > now)
                {
                    return new ValueTask<bool>(false);
                }

                // Expired: take it over (a concurrent taker wins once).
                if (_keys.TryUpdate(key, expires, until))
                {
                    return new ValueTask<bool>(true);
                }
            }
        }

        /// <inheritdoc />
        public ValueTask ForgetAsync(string key, CancellationToken cancellationToken)
        {
            _keys.TryRemove(key, out _);
            return default;
        }

        private void Sweep(DateTimeOffset now)
        {
            if (Interlocked.Exchange(ref _sweeping, 1) == 1)
            {
                return;
            }

            try
            {
                foreach (var pair in _keys.Where(p => p.Value <= now).ToList())
                {
                    _keys.TryRemove(pair);
                }

                int excess = _keys.Count - Capacity;
                if (excess > 0)
                {
                    foreach (var pair in _keys.OrderBy(p => p.Value).Take(excess).ToList())
                    {
                        _keys.TryRemove(pair);
                    }
                }
            }
            finally
            {
                Volatile.Write(ref _sweeping, 0);
            }
        }
    }
}
