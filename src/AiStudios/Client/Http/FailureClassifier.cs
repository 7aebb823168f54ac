using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using AiStudios.Client.Checks;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Tells a failure of the transport (timeout, refused connection, dropped connection, oversized answer) from the
    /// caller's cancellation, and turns it into an <see cref="AiStudiosException"/> that says which it was and whether
    /// the request may have reached the service.
    /// </summary>
    internal sealed class FailureClassifier
    {
        private readonly Uri _baseAddress;
        private readonly TimeSpan _timeout;
        private readonly SecretMasker _masker;

        public FailureClassifier(Uri baseAddress, TimeSpan timeout, SecretMasker masker)
        {
            _baseAddress = baseAddress;
            _timeout = timeout;
            _masker = masker;
        }

        /// <summary>Failures of the transport (not of the caller's cancellation, which passes through unchanged).</summary>
        public static bool IsTransportFailure(Exception e, CancellationToken callerToken) =>
            (e is OperationCanceledException && !callerToken.IsCancellationRequested)
            || e is HttpRequestException
            || e is IOException
            || e is HttpTransport.ResponseTooLargeException;

        /// <summary>
        /// Whether the request provably never left: the connection (or name lookup, or TLS handshake) failed before
        /// any byte of the request was written.
        /// </summary>
        public static bool IsConnectFailure(Exception e)
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

        public static string FormatTimeout(TimeSpan timeout) =>
            timeout == Timeout.InfiniteTimeSpan ? "the time allowed"
            : timeout.TotalSeconds >= 1 ? timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
            : timeout.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

        /// <summary>Describes a transport failure of a call of <paramref name="kind"/>.</summary>
        /// <param name="e">A failure for which <see cref="IsTransportFailure"/> is true.</param>
        /// <param name="endpoint">The call, as the exception names it.</param>
        /// <param name="status">The status already received (a body that broke off), or null.</param>
        /// <param name="kind">What sending the call twice would do.</param>
        public TransportFailure Classify(Exception e, string endpoint, int? status, CallKind kind)
        {
            var builder = new AiStudiosException.Builder { Endpoint = endpoint, Status = status ?? 0, Kind = kind };
            string reason;
            bool mayHaveArrived;
            if (e is OperationCanceledException)
            {
                builder.ErrorCode = AiStudiosErrorCodes.Timeout;
                reason = "no answer within " + FormatTimeout(_timeout);
                builder.Summary = $"The service did not answer within {FormatTimeout(_timeout)} (AiStudiosClientOptions.Timeout).";
                mayHaveArrived = true;
            }
            else if (e is HttpTransport.ResponseTooLargeException)
            {
                builder.ErrorCode = AiStudiosErrorCodes.InvalidResponse;
                reason = "answer too large";
                builder.Summary = $"The service's answer is larger than {HttpTransport.MaxResponseBytes / (1024 * 1024)} MiB; it was not read.";
                mayHaveArrived = true;
            }
            else if (IsConnectFailure(e))
            {
                builder.ErrorCode = AiStudiosErrorCodes.ConnectionFailed;
                reason = "could not connect";
                builder.Summary = $"Could not connect to {_baseAddress.GetLeftPart(UriPartial.Authority)}: {InnermostMessage(e)}";
                mayHaveArrived = false;
            }
            else
            {
                builder.ErrorCode = AiStudiosErrorCodes.ConnectionFailed;
                reason = "connection dropped";
                builder.Summary = "The connection was dropped before the whole answer arrived: " + InnermostMessage(e);
                mayHaveArrived = true;
            }

            builder.OutcomeUnknown = mayHaveArrived;
            return new TransportFailure(builder.Build(e), reason, mayHaveArrived);
        }

        private string InnermostMessage(Exception e)
        {
            while (e.InnerException is not null)
            {
                e = e.InnerException;
            }

            return EchoText.Cap(_masker.Apply(e.Message));
        }
    }

    /// <summary>A classified failure of the transport: the exception to throw, a short reason for the log, and whether the request may have arrived.</summary>
    internal sealed class TransportFailure
    {
        public TransportFailure(AiStudiosException exception, string reason, bool mayHaveArrived)
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
}
