using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Auth;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Sends one call: adds the token, bounds each try with the timeout, reads the answer to its end, retries what
    /// may be retried, refreshes the token once on a 401, and turns every way of failing into an
    /// <see cref="AiStudiosException"/>.
    /// </summary>
    internal sealed class HttpPipeline
    {
        /// <summary>Answers larger than this are refused rather than buffered.</summary>
        internal const int MaxResponseBytes = 64 * 1024 * 1024;

        private static readonly MediaTypeHeaderValue JsonContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new MediaTypeWithQualityHeaderValue("application/json");
        private static readonly string[] RequestIdHeaders = { "x-request-id", "request-id", "x-amzn-requestid", "x-amz-request-id", "x-correlation-id" };

        private readonly HttpClient _http;
        private readonly Uri _baseAddress;
        private readonly TimeSpan _timeout;
        private readonly RetryStrategy _retry;
        private readonly SecretMasker _masker;
        private readonly ILogger _logger;
        private readonly Func<TimeSpan, CancellationToken, Task> _delay;

        public HttpPipeline(
            HttpClient http,
            Uri baseAddress,
            TimeSpan timeout,
            RetryStrategy retry,
            SecretMasker masker,
            ILogger logger,
            Func<TimeSpan, CancellationToken, Task>? delay = null)
        {
            _http = http;
            _baseAddress = baseAddress;
            _timeout = timeout;
            _retry = retry;
            _masker = masker;
            _logger = logger;
            _delay = delay ?? Task.Delay;
        }

        /// <summary>Set once the client has built its token cache (which itself sends through this pipeline).</summary>
        public TokenCache? Tokens { get; set; }

        public Uri BaseAddress => _baseAddress;

        /// <summary>The limit of a whole download, retries included (<see cref="AiStudiosClientOptions.DownloadTimeout"/>).</summary>
        public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(30);

        public SecretMasker Masker => _masker;

        /// <summary>Sends <paramref name="request"/> and reads <c>data</c> of the success envelope with <paramref name="read"/>.</summary>
        /// <exception cref="AiStudiosException">The call failed; see its properties.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task<T> SendAsync<T>(ApiRequest request, Func<JsonElement, T> read, CancellationToken cancellationToken)
        {
            RawResponse response = await SendWithRetriesAsync(request, cancellationToken).ConfigureAwait(false);
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
                    Summary = "The service's answer does not have the expected shape: " + _masker.Apply(e.Message),
                }.Build(e);
            }
        }

        /// <summary>
        /// GETs <paramref name="url"/> (absolute, any host) without the token and copies the body to
        /// <paramref name="destination"/>. The headers must arrive within the timeout, and so must each chunk of the
        /// body, so a download that stops moving fails instead of hanging. Retried like any GET until the first byte
        /// is written.
        /// </summary>
        /// <returns>The number of bytes written.</returns>
        public async Task<long> DownloadAsync(Uri url, Stream destination, CancellationToken cancellationToken)
        {
            string endpoint = "GET " + url.GetLeftPart(UriPartial.Path);
            using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (DownloadTimeout != Timeout.InfiniteTimeSpan)
            {
                overall.CancelAfter(DownloadTimeout);
            }

            try
            {
                return await DownloadWithinAsync(url, destination, endpoint, overall.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (overall.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                && (e is OperationCanceledException || (e is AiStudiosException a && a.ErrorCode == AiStudiosErrorCodes.Timeout)))
            {
                throw new AiStudiosException.Builder
                {
                    Endpoint = endpoint,
                    ErrorCode = AiStudiosErrorCodes.Timeout,
                    Summary = $"The download did not finish within {FormatTimeout(DownloadTimeout)} (AiStudiosClientOptions.DownloadTimeout); what was written is incomplete.",
                }.Build(e);
            }
        }

        private async Task<long> DownloadWithinAsync(Uri url, Stream destination, string endpoint, CancellationToken cancellationToken)
        {
            for (int attempt = 1; ; attempt++)
            {
                using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptCts.CancelAfter(_timeout);
                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                HttpResponseMessage httpResponse;
                long started = Stopwatch.GetTimestamp();
                try
                {
                    httpResponse = await SendAbandoningAsync(message, attemptCts.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (IsTransportFailure(e, cancellationToken))
                {
                    Failure failure = Classify(e, endpoint, null, startsRender: false);
                    if (attempt <= _retry.MaxRetries)
                    {
                        TimeSpan wait = _retry.Backoff(attempt);
                        ClientLog.Retrying(_logger, endpoint, attempt, failure.Reason, wait);
                        await _delay(wait, cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    throw failure.Exception;
                }

                using (httpResponse)
                {
                    int status = (int)httpResponse.StatusCode;
                    ClientLog.Answered(_logger, endpoint, status, ElapsedMs(started), attempt);
                    if (!httpResponse.IsSuccessStatusCode)
                    {
                        RawResponse error = await ReadAnswerAsync(httpResponse, attemptCts.Token).ConfigureAwait(false);
                        if (RetryStrategy.IsTransientStatus(status) && attempt <= _retry.MaxRetries && _retry.CanHonour(error.RetryAfter))
                        {
                            TimeSpan wait = _retry.Delay(attempt, error.RetryAfter);
                            ClientLog.Retrying(_logger, endpoint, attempt, "HTTP " + status, wait);
                            await _delay(wait, cancellationToken).ConfigureAwait(false);
                            continue;
                        }

                        var failure = new AiStudiosException.Builder
                        {
                            Status = status,
                            Endpoint = endpoint,
                            RequestId = error.RequestId,
                            RetryAfter = error.RetryAfter,
                            Summary = "The video could not be downloaded.",
                        };
                        EnvelopeReader.TryReadError(error, failure, _masker);
                        throw failure.Build();
                    }

                    long written = 0;
                    long? declared = httpResponse.Content.Headers.ContentLength;
                    try
                    {
                        using Stream body = await ReadStreamAsync(httpResponse.Content, attemptCts.Token).ConfigureAwait(false);
                        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
                        try
                        {
                            while (true)
                            {
                                // Each chunk gets the full timeout: the download may be long, but it must keep moving.
                                attemptCts.CancelAfter(_timeout);
                                int read = await body.ReadAsync(buffer, 0, buffer.Length, attemptCts.Token).ConfigureAwait(false);
                                if (read == 0)
                                {
                                    break;
                                }

                                if (declared is long limit && written + read > limit)
                                {
                                    throw new AiStudiosException.Builder
                                    {
                                        Status = status,
                                        Endpoint = endpoint,
                                        ErrorCode = AiStudiosErrorCodes.InvalidResponse,
                                        Summary = $"The download sent more than the {limit} bytes its Content-Length declares; it was stopped and what was written is incomplete.",
                                    }.Build();
                                }

                                await destination.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                                written += read;
                            }
                        }
                        finally
                        {
                            ArrayPool<byte>.Shared.Return(buffer);
                        }
                    }
                    catch (Exception e) when (IsTransportFailure(e, cancellationToken))
                    {
                        Failure failure = Classify(e, endpoint, status, startsRender: false);
                        throw new AiStudiosException.Builder
                        {
                            Status = status,
                            Endpoint = endpoint,
                            ErrorCode = failure.Code,
                            Summary = $"The download broke off after {written} bytes ({failure.Reason}); what was written is incomplete.",
                        }.Build(e);
                    }

                    long? expected = httpResponse.Content.Headers.ContentLength;
                    if (expected is long length && length != written)
                    {
                        throw new AiStudiosException.Builder
                        {
                            Status = status,
                            Endpoint = endpoint,
                            ErrorCode = AiStudiosErrorCodes.ConnectionFailed,
                            Summary = $"The download ended after {written} of {length} bytes; what was written is incomplete.",
                        }.Build();
                    }

                    return written;
                }
            }
        }

        private async Task<RawResponse> SendWithRetriesAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            bool tokenRefreshed = false;
            for (int attempt = 1; ; attempt++)
            {
                string? token = null;
                if (request.Authenticated)
                {
                    token = await (Tokens ?? throw new InvalidOperationException("The pipeline has no token cache.")).GetTokenAsync(cancellationToken).ConfigureAwait(false);
                }

                long started = Stopwatch.GetTimestamp();
                Failure? failure = null;
                RawResponse? response = null;
                try
                {
                    response = await SendOnceAsync(request, token, cancellationToken).ConfigureAwait(false);
                    ClientLog.Answered(_logger, request.Endpoint, response.Status, ElapsedMs(started), attempt);
                }
                catch (Exception e) when (IsTransportFailure(e, cancellationToken))
                {
                    failure = Classify(e, request.Endpoint, null, !request.Repeatable);
                }

                if (response is not null)
                {
                    if (response.Status == 401 && token is not null && !tokenRefreshed)
                    {
                        // A refused token means the call was not acted on, so even a create may be sent again, once.
                        tokenRefreshed = true;
                        attempt--;
                        ClientLog.TokenRejected(_logger, request.Endpoint);
                        Tokens!.Invalidate(token);
                        continue;
                    }

                    if (!RetryStrategy.IsTransientStatus(response.Status))
                    {
                        return response;
                    }

                    bool mayRepeat = request.Repeatable || RetryStrategy.IsRefusedUnprocessed(response.Status);
                    if (!mayRepeat)
                    {
                        ClientLog.NotRetried(_logger, request.Endpoint, "HTTP " + response.Status);
                        return response;
                    }

                    if (attempt > _retry.MaxRetries || !_retry.CanHonour(response.RetryAfter))
                    {
                        return response;
                    }

                    TimeSpan wait = _retry.Delay(attempt, response.RetryAfter);
                    ClientLog.Retrying(_logger, request.Endpoint, attempt, "HTTP " + response.Status, wait);
                    await _delay(wait, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                Failure failed = failure!;
                if (!request.Repeatable && failed.MayHaveArrived)
                {
                    ClientLog.NotRetried(_logger, request.Endpoint, failed.Reason);
                    throw failed.Exception;
                }

                if (attempt > _retry.MaxRetries)
                {
                    throw failed.Exception;
                }

                TimeSpan backoff = _retry.Backoff(attempt);
                ClientLog.Retrying(_logger, request.Endpoint, attempt, failed.Reason, backoff);
                await _delay(backoff, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<RawResponse> SendOnceAsync(ApiRequest request, string? token, CancellationToken cancellationToken)
        {
            using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptCts.CancelAfter(_timeout);
            using var message = new HttpRequestMessage(request.Method, new Uri(_baseAddress, request.Path));
            message.Headers.Accept.Add(AcceptJson);
            if (token is not null)
            {
                // The raw token, as every official sample sends it (no "Bearer").
                message.Headers.TryAddWithoutValidation("Authorization", token);
            }

            if (!request.Repeatable)
            {
                BillableRequestGuard.MarkBillable(message);
            }

            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.ContentType = JsonContentType;
            }

            using HttpResponseMessage httpResponse = await SendAbandoningAsync(message, attemptCts.Token).ConfigureAwait(false);
            return await ReadAnswerAsync(httpResponse, attemptCts.Token).ConfigureAwait(false);
        }

        /// <summary>
        /// Sends, and stops waiting when <paramref name="cancellationToken"/> fires even if a handler in the
        /// <see cref="HttpClient"/> ignores it (HttpClient itself waits for its handlers): a misbehaving custom handler
        /// must not turn a timeout into a hang. An answer that arrives after that is disposed.
        /// </summary>
        private async Task<HttpResponseMessage> SendAbandoningAsync(HttpRequestMessage message, CancellationToken cancellationToken)
        {
            Task<HttpResponseMessage> sending = _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (sending.IsCompleted)
            {
                return await sending.ConfigureAwait(false);
            }

            try
            {
                return await TaskWait.WithCancellation(sending, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!sending.IsCompleted)
            {
                _ = sending.ContinueWith(
                    t =>
                    {
                        if (t.Status == TaskStatus.RanToCompletion)
                        {
                            t.Result.Dispose();
                        }
                        else
                        {
                            _ = t.Exception;
                        }
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
                throw;
            }
        }

        /// <summary>Reads the whole answer; failures surface as the transport exceptions <see cref="Classify"/> knows.</summary>
        private async Task<RawResponse> ReadAnswerAsync(HttpResponseMessage httpResponse, CancellationToken attemptToken)
        {
            int status = (int)httpResponse.StatusCode;
            string? contentType = httpResponse.Content?.Headers.ContentType?.MediaType;
            byte[] body = Array.Empty<byte>();
            int length = 0;
            if (httpResponse.Content is not null)
            {
                (body, length) = await ReadBodyAsync(httpResponse.Content, attemptToken).ConfigureAwait(false);
            }

            return new RawResponse(
                status,
                contentType,
                body,
                length,
                RequestId(httpResponse),
                RetryStrategy.ParseRetryAfter(httpResponse.Headers.RetryAfter, DateTimeOffset.UtcNow));
        }

        private static async Task<(byte[] Body, int Length)> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
        {
            long? declared = content.Headers.ContentLength;
            if (declared > MaxResponseBytes)
            {
                throw new ResponseTooLargeException();
            }

            using Stream stream = await ReadStreamAsync(content, cancellationToken).ConfigureAwait(false);
            byte[] buffer = new byte[declared is long known && known > 0 ? (int)known : 4096];
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxResponseBytes)
                    {
                        throw new ResponseTooLargeException();
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, MaxResponseBytes));
                }

                int read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return (buffer, length);
        }

        private static async Task<Stream> ReadStreamAsync(HttpContent content, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        }

        private static string? RequestId(HttpResponseMessage response)
        {
            foreach (string name in RequestIdHeaders)
            {
                if (response.Headers.TryGetValues(name, out IEnumerable<string>? values))
                {
                    string? first = values.FirstOrDefault();
                    if (!string.IsNullOrWhiteSpace(first))
                    {
                        return first!.Length > 128 ? first.Substring(0, 128) : first;
                    }
                }
            }

            return null;
        }

        /// <summary>Failures of the transport (not of the caller's cancellation, which passes through unchanged).</summary>
        private static bool IsTransportFailure(Exception e, CancellationToken callerToken) =>
            (e is OperationCanceledException && !callerToken.IsCancellationRequested)
            || e is HttpRequestException
            || e is IOException
            || e is ResponseTooLargeException;

        private Failure Classify(Exception e, string endpoint, int? status, bool startsRender)
        {
            var builder = new AiStudiosException.Builder { Endpoint = endpoint, Status = status ?? 0, StartsRender = startsRender };
            string reason;
            bool mayHaveArrived;
            if (e is OperationCanceledException)
            {
                builder.ErrorCode = AiStudiosErrorCodes.Timeout;
                reason = "no answer within " + FormatTimeout(_timeout);
                builder.Summary = $"The service did not answer within {FormatTimeout(_timeout)} (AiStudiosClientOptions.Timeout).";
                mayHaveArrived = true;
            }
            else if (e is ResponseTooLargeException)
            {
                builder.ErrorCode = AiStudiosErrorCodes.InvalidResponse;
                reason = "answer too large";
                builder.Summary = $"The service's answer is larger than {MaxResponseBytes / (1024 * 1024)} MiB; it was not read.";
                mayHaveArrived = true;
            }
            else if (IsConnectFailure(e))
            {
                builder.ErrorCode = AiStudiosErrorCodes.ConnectionFailed;
                reason = "could not connect";
                builder.Summary = $"Could not connect to {_baseAddress.GetLeftPart(UriPartial.Authority)}: {_masker.Apply(Innermost(e).Message)}";
                mayHaveArrived = false;
            }
            else
            {
                builder.ErrorCode = AiStudiosErrorCodes.ConnectionFailed;
                reason = "connection dropped";
                builder.Summary = "The connection was dropped before the whole answer arrived: " + _masker.Apply(Innermost(e).Message);
                mayHaveArrived = true;
            }

            builder.OutcomeUnknown = mayHaveArrived;

            return new Failure(builder.Build(e), reason, mayHaveArrived);
        }

        /// <summary>
        /// Whether the request provably never left: the connection (or name lookup, or TLS handshake) failed before
        /// any byte of the request was written.
        /// </summary>
        internal static bool IsConnectFailure(Exception e)
        {
#if NET8_0_OR_GREATER
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError })
            {
                return true;
            }
#endif
            if (e is not HttpRequestException)
            {
                return false;
            }

            for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
            {
                if (inner is SocketException socket)
                {
                    return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                        or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData or SocketError.AddressNotAvailable;
                }
            }

            return false;
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException is not null)
            {
                e = e.InnerException;
            }

            return e;
        }

        private static string FormatTimeout(TimeSpan timeout) =>
            timeout == Timeout.InfiniteTimeSpan ? "the time allowed"
            : timeout.TotalSeconds >= 1 ? timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s"
            : timeout.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms";

        private static long ElapsedMs(long started) => (Stopwatch.GetTimestamp() - started) * 1000 / Stopwatch.Frequency;

        private sealed class Failure
        {
            public Failure(AiStudiosException exception, string reason, bool mayHaveArrived)
            {
                Exception = exception;
                Reason = reason;
                MayHaveArrived = mayHaveArrived;
            }

            public AiStudiosException Exception { get; }

            public string Reason { get; }

            public string? Code => Exception.ErrorCode;

            /// <summary>Whether the request may have reached the service (everything but a failed connect).</summary>
            public bool MayHaveArrived { get; }
        }

        private sealed class ResponseTooLargeException : Exception
        {
        }
    }

    /// <summary>Thrown by the readers of <c>data</c> when a field the client needs is missing or of the wrong type.</summary>
    internal sealed class UnexpectedAnswerException : Exception
    {
        public UnexpectedAnswerException(string message)
            : base(message)
        {
        }
    }
}
