using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Sends one HTTP request and reads its answer: one try, bounded by the per-try timeout from sending to the last
    /// byte of the body, and never longer than that even when a handler of the <see cref="HttpClient"/> ignores
    /// cancellation. Failures surface as the exceptions <see cref="FailureClassifier"/> knows.
    /// </summary>
    internal sealed class HttpTransport
    {
        /// <summary>Answers larger than this are refused rather than buffered.</summary>
        internal const int MaxResponseBytes = 64 * 1024 * 1024;

        private static readonly string[] RequestIdHeaders = { "x-request-id", "request-id", "x-amzn-requestid", "x-amz-request-id", "x-correlation-id" };

        private readonly HttpClient _http;

        public HttpTransport(HttpClient http, TimeSpan timeout)
        {
            _http = http;
            Timeout = timeout;
        }

        /// <summary>How long one try may take (<see cref="AiStudiosClientOptions.Timeout"/>).</summary>
        public TimeSpan Timeout { get; }

        /// <summary>Sends <paramref name="message"/> and reads the whole answer within <see cref="Timeout"/>.</summary>
        public async Task<RawResponse> ExchangeAsync(HttpRequestMessage message, CancellationToken cancellationToken)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(Timeout);
            using HttpResponseMessage response = await SendForHeadersAsync(message, attempt.Token).ConfigureAwait(false);
            return await ReadAnswerAsync(response, attempt.Token).ConfigureAwait(false);
        }

        /// <summary>
        /// Sends and returns once the headers arrived, and stops waiting when <paramref name="cancellationToken"/> fires
        /// even if a handler in the <see cref="HttpClient"/> ignores it (HttpClient itself waits for its handlers): a
        /// misbehaving custom handler must not turn a timeout into a hang. An answer that arrives after that is disposed.
        /// </summary>
        public async Task<HttpResponseMessage> SendForHeadersAsync(HttpRequestMessage message, CancellationToken cancellationToken)
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

        /// <summary>Reads the whole answer (at most <see cref="MaxResponseBytes"/>).</summary>
        public static async Task<RawResponse> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            int status = (int)response.StatusCode;
            string? contentType = response.Content?.Headers.ContentType?.MediaType;
            byte[] body = Array.Empty<byte>();
            int length = 0;
            if (response.Content is not null)
            {
                (body, length) = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
            }

            return new RawResponse(
                status,
                contentType,
                body,
                length,
                RequestId(response),
                RetryStrategy.ParseRetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow));
        }

        /// <summary>The body as a stream, for answers too large to buffer (downloads).</summary>
        public static async Task<Stream> OpenBodyAsync(HttpContent content, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        }

        private static async Task<(byte[] Body, int Length)> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
        {
            long? declared = content.Headers.ContentLength;
            if (declared > MaxResponseBytes)
            {
                throw new ResponseTooLargeException();
            }

            using Stream stream = await OpenBodyAsync(content, cancellationToken).ConfigureAwait(false);
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

        /// <summary>An answer over <see cref="MaxResponseBytes"/>: not read.</summary>
        internal sealed class ResponseTooLargeException : Exception
        {
        }
    }
}
