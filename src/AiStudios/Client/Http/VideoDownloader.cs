using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Checks;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Downloads rendered videos: a GET of an absolute http(s) URL (any host, a CDN's too) without the token, copied
    /// to a stream or, through a temporary file, to a file. The headers must arrive within the per-try timeout, and so
    /// must each chunk of the body, so a download that stops moving fails instead of hanging; the whole download has
    /// its own limit. Retried like any GET until the first byte is written.
    /// </summary>
    internal sealed class VideoDownloader
    {
        private const int ChunkBytes = 81920;

        private readonly Uri _baseAddress;
        private readonly HttpTransport _transport;
        private readonly RetryLoop _retry;
        private readonly FailureClassifier _classifier;
        private readonly SecretMasker _masker;
        private readonly TimeSpan _downloadTimeout;
        private readonly ILogger _logger;

        public VideoDownloader(Uri baseAddress, HttpTransport transport, RetryLoop retry, FailureClassifier classifier, SecretMasker masker, TimeSpan downloadTimeout, ILogger logger)
        {
            _baseAddress = baseAddress;
            _transport = transport;
            _retry = retry;
            _classifier = classifier;
            _masker = masker;
            _downloadTimeout = downloadTimeout;
            _logger = logger;
        }

        /// <summary>Copies the video at <paramref name="url"/> (relative URLs are resolved against the service's host) to <paramref name="destination"/>.</summary>
        /// <returns>The number of bytes written.</returns>
        public async Task<long> DownloadAsync(Uri url, Stream destination, CancellationToken cancellationToken)
        {
            Uri absolute = url.IsAbsoluteUri ? url : new Uri(_baseAddress, url);
            string endpoint = "GET " + Describe(absolute);
            if (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps)
            {
                throw new AiStudiosException.Builder
                {
                    Endpoint = endpoint,
                    ErrorCode = AiStudiosErrorCodes.UnsupportedUrl,
                    Summary = $"The download URL uses the '{EchoText.Cap(absolute.Scheme)}' scheme; only http and https URLs are downloaded. Nothing was read or written.",
                }.Build();
            }

            using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (_downloadTimeout != Timeout.InfiniteTimeSpan)
            {
                overall.CancelAfter(_downloadTimeout);
            }

            try
            {
                return await _retry.RunAsync(endpoint, (Downloader: this, Url: absolute, Destination: destination, Endpoint: endpoint), static (download, attempt, token) => download.Downloader.TryOnceAsync(download.Url, download.Destination, download.Endpoint, attempt, token), overall.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (overall.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                && (e is OperationCanceledException || (e is AiStudiosException a && a.ErrorCode == AiStudiosErrorCodes.Timeout)))
            {
                throw new AiStudiosException.Builder
                {
                    Endpoint = endpoint,
                    ErrorCode = AiStudiosErrorCodes.Timeout,
                    Summary = $"The download did not finish within {FailureClassifier.FormatTimeout(_downloadTimeout)} (AiStudiosClientOptions.DownloadTimeout); what was written is incomplete.",
                }.Build(e);
            }
        }

        /// <summary>
        /// Saves the video to <paramref name="path"/> (created or replaced). The bytes go to a temporary file in the
        /// same folder, which replaces the target only once the download is complete: a failed or cancelled download
        /// leaves an existing file as it was.
        /// </summary>
        /// <returns>The number of bytes written.</returns>
        public async Task<long> DownloadToFileAsync(Uri url, string path, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return await Files.AtomicFile.WriteAsync(path, ChunkBytes, file => DownloadAsync(url, file, cancellationToken)).ConfigureAwait(false);
        }

        /// <summary>
        /// The URL as exceptions and logs name it: scheme, host, port and path, without user info (a password) and
        /// without the query (signed CDN URLs carry their signature there), capped in length.
        /// </summary>
        internal static string Describe(Uri url) =>
            EchoText.Cap(url.IsAbsoluteUri ? url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : url.OriginalString, EchoText.MaxLine);

        private async Task<TryOutcome<long>> TryOnceAsync(Uri url, Stream destination, string endpoint, int attempt, CancellationToken cancellationToken)
        {
            using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptCts.CancelAfter(_transport.Timeout);
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            HttpResponseMessage response;
            long started = Stopwatch.GetTimestamp();
            try
            {
                response = await _transport.SendForHeadersAsync(message, attemptCts.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (FailureClassifier.IsTransportFailure(e, cancellationToken))
            {
                TransportFailure failure = _classifier.Classify(e, endpoint, null, CallKind.Repeatable);
                return TryOutcome<long>.Retry(failure.Reason, null, failure.Exception);
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                ClientLog.Answered(_logger, endpoint, status, (Stopwatch.GetTimestamp() - started) * 1000 / Stopwatch.Frequency, attempt);
                if (!response.IsSuccessStatusCode)
                {
                    RawResponse error = await HttpTransport.ReadAnswerAsync(response, attemptCts.Token).ConfigureAwait(false);
                    var failure = new AiStudiosException.Builder
                    {
                        Status = status,
                        Endpoint = endpoint,
                        RequestId = error.RequestId,
                        RetryAfter = error.RetryAfter,
                        Summary = "The video could not be downloaded.",
                    };
                    EnvelopeReader.TryReadError(error, failure, _masker);
                    return RetryStrategy.IsTransientStatus(status)
                        ? TryOutcome<long>.Retry("HTTP " + status, error.RetryAfter, failure.Build())
                        : TryOutcome<long>.Failed(failure.Build());
                }

                return TryOutcome<long>.Done(await CopyBodyAsync(response, destination, endpoint, attemptCts, cancellationToken).ConfigureAwait(false));
            }
        }

        private async Task<long> CopyBodyAsync(HttpResponseMessage response, Stream destination, string endpoint, CancellationTokenSource attemptCts, CancellationToken cancellationToken)
        {
            int status = (int)response.StatusCode;
            long written = 0;
            long? declared = response.Content.Headers.ContentLength;
            try
            {
                using Stream body = await HttpTransport.OpenBodyAsync(response.Content, attemptCts.Token).ConfigureAwait(false);
                byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                try
                {
                    while (true)
                    {
                        // Each chunk gets the full timeout: the download may be long, but it must keep moving.
                        attemptCts.CancelAfter(_transport.Timeout);
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
            catch (Exception e) when (FailureClassifier.IsTransportFailure(e, cancellationToken))
            {
                TransportFailure failure = _classifier.Classify(e, endpoint, status, CallKind.Repeatable);
                throw new AiStudiosException.Builder
                {
                    Status = status,
                    Endpoint = endpoint,
                    ErrorCode = failure.Code,
                    Summary = $"The download broke off after {written} bytes ({failure.Reason}); what was written is incomplete.",
                }.Build(e);
            }

            if (declared is long length && length != written)
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
