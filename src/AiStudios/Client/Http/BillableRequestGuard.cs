using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Http;

namespace AiStudios
{
    /// <summary>
    /// Refuses to send a request that must not be sent twice (one that starts a billable render, or creates a project)
    /// a second time. The client sends such a request
    /// again itself only when the service provably did not act on it, always as a new message; a retry or hedging
    /// handler outside the client (for example <c>AddStandardResilienceHandler</c> from
    /// <c>ConfigureHttpClientDefaults</c>) would resend the same one blindly after a 5xx or a timeout, and could start
    /// (and bill) the render twice. Place it as the innermost handler: <c>services.AddAiStudios</c> and the client's
    /// own <see cref="HttpClient"/> do; add it last yourself when you give the client an <see cref="HttpClient"/> with
    /// retry handlers of your own.
    /// </summary>
    public sealed class BillableRequestGuard : DelegatingHandler
    {
        /// <summary>The name of the request option that marks a billable request.</summary>
        public const string OptionName = "AiStudios.BillableRequest";

#if NET5_0_OR_GREATER
        private static readonly HttpRequestOptionsKey<SendCount> Key = new HttpRequestOptionsKey<SendCount>(OptionName);
#endif

        /// <summary>A guard to be given its inner handler by the pipeline (<c>IHttpClientFactory</c>).</summary>
        public BillableRequestGuard()
        {
        }

        /// <summary>A guard in front of <paramref name="innerHandler"/>.</summary>
        /// <param name="innerHandler">The handler that sends.</param>
        public BillableRequestGuard(HttpMessageHandler innerHandler)
            : base(innerHandler)
        {
        }

        /// <summary>
        /// Marks <paramref name="request"/> as one that must not be sent twice (it creates a project, starts a render,
        /// or makes something billable, as <paramref name="kind"/> says): the guard lets it through once.
        /// </summary>
        internal static void MarkOnce(HttpRequestMessage request, CallKind kind)
        {
#if NET5_0_OR_GREATER
            request.Options.Set(Key, new SendCount(kind));
#else
            request.Properties[OptionName] = new SendCount(kind);
#endif
        }

        /// <inheritdoc />
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            request.Options.TryGetValue(Key, out SendCount? count);
#else
            SendCount? count = request.Properties.TryGetValue(OptionName, out object? value) ? value as SendCount : null;
#endif
            // A copy of the request (hedging) shares the counter object, so copies count too.
            if (count is not null && Interlocked.Increment(ref count.Sends) > 1)
            {
                throw new AiStudiosException.Builder
                {
                    Endpoint = request.Method + " " + request.RequestUri?.AbsolutePath,
                    ErrorCode = AiStudiosErrorCodes.RepeatedBillableRequest,
                    OutcomeUnknown = true,
                    Kind = count.Kind,
                    Summary = "A retry handler outside the AI Studios client (e.g. AddStandardResilienceHandler from ConfigureHttpClientDefaults) "
                        + count.Kind switch
                        {
                            CallKind.StartsRender => "resent a billable request that starts a render",
                            CallKind.Billable => "resent a billable request",
                            _ => "resent a request that creates a project",
                        }
                        + "; the client refused to send it twice. The first send may have "
                        + "created the project. Exclude the AI Studios HTTP client from app-wide retry handlers: the client retries safely itself.",
                }.Build();
            }

            return base.SendAsync(request, cancellationToken);
        }

        private sealed class SendCount
        {
            public int Sends;

            public SendCount(CallKind kind) => Kind = kind;

            public CallKind Kind { get; }
        }
    }
}
