using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Checks;
using AiStudios.Client.Http;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Auth
{
    /// <summary>
    /// Holds the current token and fetches the next one. Fetches on first need; while a token is fresh every caller
    /// gets it at once; from its refresh time on the first caller starts one background fetch and everyone keeps
    /// using the current token until it expires; once it has expired (or was refused) every caller waits for the
    /// same single fetch. So any number of concurrent callers cause one token request.
    /// </summary>
    internal sealed class TokenCache
    {
        private readonly object _gate = new object();
        private readonly Func<CancellationToken, Task<string>> _fetch;
        private readonly Func<DateTimeOffset> _utcNow;
        private readonly TimeSpan _refreshMargin;
        private readonly SecretMasker _masker;
        private readonly ILogger _logger;
        private readonly CancellationToken _clientLifetime;
        private readonly TokenSource _source;
        private AccessToken? _current;
        private Task<AccessToken>? _pending;
        private int _failures;
        private DateTimeOffset _nextBackgroundAttempt = DateTimeOffset.MinValue;
        private readonly Random _jitter = new Random();

        /// <summary>The first pause before another background refresh after one failed; it doubles per failure.</summary>
        internal static readonly TimeSpan BackgroundRetryDelay = TimeSpan.FromSeconds(1);

        /// <summary>The longest pause between background refresh attempts.</summary>
        internal static readonly TimeSpan MaxBackgroundRetryDelay = TimeSpan.FromSeconds(30);

        public TokenCache(
            Func<CancellationToken, Task<string>> fetch,
            TimeSpan refreshMargin,
            SecretMasker masker,
            ILogger logger,
            CancellationToken clientLifetime,
            Func<DateTimeOffset>? utcNow = null,
            TokenSource? source = null)
        {
            _fetch = fetch;
            _source = source ?? TokenSource.Provider;
            _refreshMargin = refreshMargin;
            _masker = masker;
            _logger = logger;
            _clientLifetime = clientLifetime;
            _utcNow = utcNow ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>
        /// Runs a token provider of the user's under <paramref name="timeout"/> (the per-try timeout): its token is
        /// cancelled then, and a provider that ignores it is abandoned, so a hung provider cannot block the client
        /// forever. A failure becomes an <see cref="AiStudiosException"/> whose text is masked (no token, no user key).
        /// </summary>
        internal static Func<CancellationToken, Task<string>> WithTimeout(Func<CancellationToken, Task<string>> provider, TimeSpan timeout, SecretMasker masker)
        {
            return async clientLifetime =>
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(clientLifetime);
                if (timeout != Timeout.InfiniteTimeSpan)
                {
                    cts.CancelAfter(timeout);
                }

                try
                {
                    Task<string> fetch = provider(cts.Token) ?? throw new InvalidOperationException("The token provider returned no task.");
                    return await TaskWait.WithCancellation(fetch, cts.Token).ConfigureAwait(false);
                }
                catch (AiStudiosException)
                {
                    throw;
                }
                catch (OperationCanceledException) when (clientLifetime.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException) when (cts.IsCancellationRequested)
                {
                    throw new AiStudiosException(0, $"The token provider (AiStudiosClientOptions.TokenProvider) returned no token within {timeout} (AiStudiosClientOptions.Timeout).", AiStudiosErrorCodes.Timeout);
                }
                catch (Exception e)
                {
                    throw new AiStudiosException(0, $"The token provider (AiStudiosClientOptions.TokenProvider) failed: {e.GetType().Name}: {EchoText.Cap(masker.Apply(e.Message))}");
                }
            };
        }

        /// <summary>The token in use, for tests; null before the first fetch or after a refusal.</summary>
        internal AccessToken? Current
        {
            get
            {
                lock (_gate)
                {
                    return _current;
                }
            }
        }

        /// <summary>A token to send now.</summary>
        /// <param name="cancellationToken">Stops this caller's wait; a fetch that others share goes on.</param>
        /// <returns>The raw token.</returns>
        public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            Task<AccessToken> pending;
            lock (_gate)
            {
                DateTimeOffset now = _utcNow();
                if (_current is AccessToken current && now < current.ExpiresOn)
                {
                    if (now >= current.RefreshOn && _pending is null && now >= _nextBackgroundAttempt)
                    {
                        // Refresh ahead of expiry without making this caller wait; after a failure the next attempt
                        // waits a backoff (with jitter) while the still-valid token goes on being used.
                        Task<AccessToken> background = StartFetch();
                        _ = background.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                    }

                    return current.Value;
                }

                pending = _pending ?? StartFetch();
            }

            AccessToken token = await TaskWait.WithCancellation(pending, cancellationToken).ConfigureAwait(false);
            return token.Value;
        }

        /// <summary>Forgets <paramref name="rejected"/> after the service refused it (401), unless a newer token already replaced it.</summary>
        public void Invalidate(string rejected)
        {
            lock (_gate)
            {
                if (_current is not null && string.Equals(_current.Value, rejected, StringComparison.Ordinal))
                {
                    _current = null;
                }
            }
        }

        // Called under the lock.
        private Task<AccessToken> StartFetch()
        {
            // On the thread pool: the fetch must not run inline under this lock, nor on a caller's synchronization context.
            Task<AccessToken> task = Task.Run(FetchAsync);
            _pending = task;
            return task;
        }

        private async Task<AccessToken> FetchAsync()
        {
            try
            {
                DateTimeOffset acquiredOn = _utcNow();
                string value = await _fetch(_clientLifetime).ConfigureAwait(false);
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new AiStudiosException(0, "The token provider returned an empty token.", AiStudiosErrorCodes.InvalidResponse);
                }

                int unsafeAt = HeaderValues.FirstUnsafe(value);
                if (unsafeAt >= 0)
                {
                    // Refused before it is cached or sent: CR/LF in the Authorization header would add headers on the
                    // wire. The token itself is never shown, only where the bad character is.
                    throw new AiStudiosException.Builder
                    {
                        Endpoint = _source.Endpoint,
                        ErrorCode = AiStudiosErrorCodes.InvalidToken,
                        Summary = $"The token from {_source.Description} holds a character the Authorization header cannot carry "
                            + $"(a control character or non-ASCII, at position {unsafeAt} of {value.Length}); it was not used, and nothing was sent with it. The token is not shown.",
                    }.Build();
                }

                _masker.AddToken(value);
                DateTimeOffset expiresOn = TokenLifetime.ExpiresOn(value, acquiredOn);
                var token = new AccessToken(value, acquiredOn, expiresOn, TokenLifetime.RefreshOn(acquiredOn, expiresOn, _refreshMargin));
                lock (_gate)
                {
                    _current = token;
                    _pending = null;
                    _failures = 0;
                    _nextBackgroundAttempt = DateTimeOffset.MinValue;
                }

                ClientLog.TokenAcquired(_logger, token.ExpiresOn, token.RefreshOn);
                return token;
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _pending = null;
                    _failures++;
                    double full = Math.Min(MaxBackgroundRetryDelay.TotalMilliseconds, BackgroundRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(_failures - 1, 16)));
                    _nextBackgroundAttempt = _utcNow() + TimeSpan.FromMilliseconds(full * (0.5 + (_jitter.NextDouble() / 2)));
                }

                ClientLog.TokenFailed(_logger, EchoText.Cap(e is AiStudiosException ? e.Message : e.GetType().Name + ": " + _masker.Apply(e.Message), EchoText.MaxLine));
                throw;
            }
        }
    }
}
