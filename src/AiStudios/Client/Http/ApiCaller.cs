using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Checks;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Makes one API call: the retry loop around tries of <see cref="AuthorizedSender"/>, then the envelope of the
    /// answer and the reader of its <c>data</c>. Every way of failing becomes an <see cref="AiStudiosException"/>,
    /// except the caller's cancellation, which stays an <see cref="OperationCanceledException"/> unless the call
    /// creates a project or starts a render and may already have reached the service (then its outcome is unknown).
    /// </summary>
    internal sealed class ApiCaller
    {
        private readonly AuthorizedSender _sender;
        private readonly RetryLoop _retry;
        private readonly FailureClassifier _classifier;
        private readonly SecretMasker _masker;
        private readonly ILogger _logger;

        public ApiCaller(AuthorizedSender sender, RetryLoop retry, FailureClassifier classifier, SecretMasker masker, ILogger logger)
        {
            _sender = sender;
            _retry = retry;
            _classifier = classifier;
            _masker = masker;
            _logger = logger;
        }

        /// <summary>Sends <paramref name="request"/> and reads <c>data</c> of the success envelope with <paramref name="read"/>.</summary>
        /// <exception cref="AiStudiosException">The call failed; see its properties.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the call could have reached the service, or the call is repeatable.</exception>
        public async Task<T> CallAsync<T>(ApiRequest request, Func<JsonElement, T> read, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = new CallState(this, request);
            RawResponse response;
            try
            {
                response = await _retry.RunAsync(request.Endpoint, state, static (call, attempt, token) => call.Caller.TryOnceAsync(call.Request, call, attempt, token), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && state.InFlight && !request.Repeatable)
            {
                // The inner exception names the caller's token (the one thrown names a linked one), so a caller can
                // tell its own cancellation apart: inner.CancellationToken == its token.
                var cancelled = new OperationCanceledException(e.Message, e, cancellationToken);
                throw new AiStudiosException.Builder
                {
                    Endpoint = request.Endpoint,
                    ErrorCode = AiStudiosErrorCodes.Canceled,
                    OutcomeUnknown = true,
                    Kind = request.Kind,
                    Summary = "The call was cancelled (through the caller's CancellationToken) after it was sent, before its answer arrived.",
                }.Build(cancelled);
            }

            using JsonDocument document = EnvelopeReader.ReadSuccess(response, request, _masker, out JsonElement data);
            try
            {
                return read(data);
            }
            catch (Exception e) when (e is UnexpectedAnswerException or JsonException or InvalidOperationException or FormatException)
            {
                throw new AiStudiosException.Builder
                {
                    Status = response.Status,
                    Endpoint = request.Endpoint,
                    RequestId = response.RequestId,
                    ErrorCode = AiStudiosErrorCodes.InvalidResponse,
                    OutcomeUnknown = true,
                    Kind = request.Kind,
                    Summary = "The service's answer does not have the expected shape: " + EchoText.Cap(_masker.Apply(e.Message), EchoText.MaxLine),
                }.Build(e);
            }
        }

        private async Task<TryOutcome<RawResponse>> TryOnceAsync(ApiRequest request, CallState state, int attempt, CancellationToken cancellationToken)
        {
            RawResponse response;
            try
            {
                response = await _sender.SendAsync(request, state, attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (FailureClassifier.IsTransportFailure(e, cancellationToken))
            {
                TransportFailure failure = _classifier.Classify(e, request.Endpoint, null, request.Kind);
                if (!failure.MayHaveArrived)
                {
                    state.InFlight = false;
                }
                else if (!request.Repeatable)
                {
                    ClientLog.NotRetried(_logger, request.Endpoint, failure.Reason);
                    return TryOutcome<RawResponse>.Failed(failure.Exception);
                }

                return TryOutcome<RawResponse>.Retry(failure.Reason, null, failure.Exception);
            }

            if (!RetryStrategy.IsTransientStatus(response.Status))
            {
                return TryOutcome<RawResponse>.Done(response);
            }

            if (!request.Repeatable && !RetryStrategy.IsRefusedUnprocessed(response.Status))
            {
                ClientLog.NotRetried(_logger, request.Endpoint, "HTTP " + response.Status);
                return TryOutcome<RawResponse>.Done(response);
            }

            return TryOutcome<RawResponse>.Retry("HTTP " + response.Status, response.RetryAfter, response);
        }
    }
}
