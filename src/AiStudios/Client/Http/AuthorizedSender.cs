using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Auth;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// One try of an API call with its token: takes a token from the cache, sends, and when the service refuses the
    /// token (401) fetches a new one and sends once more (once per call: a refused token means the call was not acted
    /// on, so even a create may be sent again).
    /// </summary>
    internal sealed class AuthorizedSender
    {
        private readonly Uri _baseAddress;
        private readonly HttpTransport _transport;
        private readonly TokenCache? _tokens;
        private readonly ILogger _logger;

        /// <param name="baseAddress">The API base the request paths are relative to.</param>
        /// <param name="transport">Sends and reads.</param>
        /// <param name="tokens">The token cache; null for a sender of calls that need none (the token request itself).</param>
        /// <param name="logger">Logs answers and refused tokens.</param>
        public AuthorizedSender(Uri baseAddress, HttpTransport transport, TokenCache? tokens, ILogger logger)
        {
            _baseAddress = baseAddress;
            _transport = transport;
            _tokens = tokens;
            _logger = logger;
        }

        public async Task<RawResponse> SendAsync(ApiRequest request, CallState state, int attempt, CancellationToken cancellationToken)
        {
            while (true)
            {
                string? token = null;
                if (request.Authenticated)
                {
                    token = await (_tokens ?? throw new InvalidOperationException("This sender has no token cache.")).GetTokenAsync(cancellationToken).ConfigureAwait(false);
                }

                long started = Stopwatch.GetTimestamp();
                RawResponse response;
                using (HttpRequestMessage message = request.ToMessage(_baseAddress, token))
                {
                    state.InFlight = true;
                    response = await _transport.ExchangeAsync(message, cancellationToken).ConfigureAwait(false);
                    state.InFlight = false;
                }

                ClientLog.Answered(_logger, request.Endpoint, response.Status, ElapsedMs(started), attempt);
                if (response.Status == 401 && token is not null && !state.TokenRefreshed)
                {
                    state.TokenRefreshed = true;
                    ClientLog.TokenRejected(_logger, request.Endpoint);
                    _tokens!.Invalidate(token);
                    continue;
                }

                return response;
            }
        }

        private static long ElapsedMs(long started) => (Stopwatch.GetTimestamp() - started) * 1000 / Stopwatch.Frequency;
    }

    /// <summary>One call in progress: what it sends, and what it has done so far across its tries.</summary>
    internal sealed class CallState
    {
        public CallState(ApiCaller caller, ApiRequest request)
        {
            Caller = caller;
            Request = request;
        }

        public ApiCaller Caller { get; }

        public ApiRequest Request { get; }

        /// <summary>Whether a new token was already fetched after a 401 (at most once per call).</summary>
        public bool TokenRefreshed { get; set; }

        /// <summary>
        /// Whether a try was handed to the transport and has not been answered: it may have reached the service, which
        /// may be acting on it. False again once an answer came (whatever its status) or the try provably never left.
        /// </summary>
        public bool InFlight { get; set; }
    }
}
