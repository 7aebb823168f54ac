using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Http;

namespace AiStudios.Client.Avatars
{
    /// <summary>
    /// The avatars of the account (ids, and clothes where the service lists them), fetched once per client and kept for <see cref="Lifetime"/>: any number of
    /// concurrent callers share one request, a failed fetch is not kept (the next caller tries again), and a caller
    /// that gives up (its own cancellation) does not cancel the fetch for the others.
    /// </summary>
    internal sealed class AccountAvatarCache
    {
        /// <summary>How long a fetched list is used: new avatars (a custom one just made) show up after this at most.</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

        /// <summary>A list at least this old is fetched again once before an id is refused as missing from it.</summary>
        public static readonly TimeSpan RefetchBeforeRefusing = TimeSpan.FromSeconds(30);

        private readonly Func<CancellationToken, Task<AccountAvatarList>> _fetch;
        private readonly CancellationToken _lifetime;
        private readonly object _gate = new object();
        private Task<Snapshot>? _current;

        public AccountAvatarCache(Func<CancellationToken, Task<AccountAvatarList>> fetch, CancellationToken lifetime)
        {
            _fetch = fetch;
            _lifetime = lifetime;
        }

        /// <summary>The account's ids, from the cache while it is fresh; a new fetch when <paramref name="refetchOlderThan"/> is given and the list is older.</summary>
        public Task<Snapshot> GetAsync(TimeSpan? refetchOlderThan, CancellationToken cancellationToken)
        {
            // A caller that has already given up starts nothing and is told so every time. (Waiting would not do: a
            // fetch that completes before the wait begins wins over the token, so the outcome depended on timing.)
            if (cancellationToken.IsCancellationRequested)
            {
                return Task.FromCanceled<Snapshot>(cancellationToken);
            }

            Task<Snapshot> task;
            lock (_gate)
            {
                if (_current is null
                    || _current.IsFaulted
                    || _current.IsCanceled
                    || (_current.Status == TaskStatus.RanToCompletion && _current.Result.Age >= (refetchOlderThan ?? Lifetime)))
                {
                    _current = FetchAsync();
                }

                task = _current;
            }

            return TaskWait.WithCancellation(task, cancellationToken);
        }

        private async Task<Snapshot> FetchAsync()
        {
            // Off the caller's context and lock: the fetch may complete synchronously in a test double.
            await Task.Yield();
            AccountAvatarList list = await _fetch(_lifetime).ConfigureAwait(false);
            return new Snapshot(list, Stopwatch.GetTimestamp());
        }

        /// <summary>One fetched list.</summary>
        internal sealed class Snapshot
        {
            private readonly HashSet<string> _set;
            private readonly AccountAvatarList _list;
            private readonly long _fetchedAt;

            public Snapshot(AccountAvatarList list, long fetchedAt)
            {
                _list = list;
                _set = new HashSet<string>(list.Ids, StringComparer.Ordinal);
                _fetchedAt = fetchedAt;
            }

            /// <summary>The ids, in the service's order.</summary>
            public IReadOnlyList<string> Ids => _list.Ids;

            public TimeSpan Age => TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - _fetchedAt) / (double)Stopwatch.Frequency);

            public bool Contains(string id) => _set.Contains(id);

            /// <summary>The avatar's clothes ids in the account; null when the service listed none for it (nothing to judge by).</summary>
            public IReadOnlyList<string>? ClothesOf(string id) =>
                _list.Clothes.TryGetValue(id, out IReadOnlyList<string>? clothes) && clothes.Count > 0 ? clothes : null;
        }
    }

    /// <summary>
    /// What the account lists: its avatar ids (<c>GET /dropdown/models</c> and <c>GET /model</c> together, in the
    /// service's order) and, per avatar <c>GET /model</c> lists, its clothes ids. <c>GET /dropdown/models</c> gives no
    /// clothes, so where <c>GET /model</c> is gone <see cref="Clothes"/> is empty and clothes are not judged.
    /// </summary>
    internal sealed class AccountAvatarList
    {
        public AccountAvatarList(IReadOnlyList<string> ids, IReadOnlyDictionary<string, IReadOnlyList<string>>? clothes = null)
        {
            Ids = ids;
            Clothes = clothes ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        }

        public IReadOnlyList<string> Ids { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>> Clothes { get; }
    }
}
