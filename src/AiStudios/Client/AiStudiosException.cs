using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiStudios
{
    /// <summary>
    /// The one exception <see cref="AiStudiosClient"/> throws when a call does not succeed: the service refused it
    /// (an error envelope, with or without an error HTTP status), its answer could not be read (HTML, truncated or
    /// non-JSON body), it could not be reached or did not answer in time, or the client refused to send it (an
    /// invalid project). Cancellation through the caller's token is reported as
    /// <see cref="OperationCanceledException"/> instead, except for a call that creates a project or starts a render
    /// and was cancelled after it was sent: that is this exception with <see cref="AiStudiosErrorCodes.Canceled"/>,
    /// <see cref="IsOutcomeUnknown"/> set and the <see cref="OperationCanceledException"/> as
    /// <see cref="Exception.InnerException"/>. Wrong arguments are an <see cref="ArgumentException"/>.
    /// </summary>
    /// <remarks>
    /// The message never contains the user key or a token: neither is ever put into it, and any text taken from the
    /// service's answer has them masked. Text from the service is also escaped (control characters) and capped
    /// (200 characters, then its length), in the message and in <see cref="ServiceMessage"/>, <see cref="ErrorCode"/>,
    /// <see cref="Details"/> and <see cref="RequestId"/>.
    /// </remarks>
    public class AiStudiosException : Exception
    {
        /// <summary>Creates an exception, e.g. for a test double of the client.</summary>
        /// <param name="status">The HTTP status of the answer; 0 when there was none.</param>
        /// <param name="message">The message.</param>
        /// <param name="errorCode">The envelope's <c>error.code</c>, or one of <see cref="AiStudiosErrorCodes"/>.</param>
        /// <param name="innerException">The cause, if any.</param>
        public AiStudiosException(int status, string message, string? errorCode = null, Exception? innerException = null)
            : base(message, innerException)
        {
            Status = status;
            ErrorCode = errorCode;
            Details = Array.Empty<string>();
        }

        private AiStudiosException(Builder builder, Exception? innerException)
            : base(builder.CapEchoes().FormatMessage(), innerException)
        {
            Status = builder.Status;
            ErrorCode = builder.ErrorCode;
            ServiceMessage = builder.ServiceMessage;
            Endpoint = builder.Endpoint;
            RequestId = builder.RequestId;
            IsOutcomeUnknown = builder.OutcomeUnknown;
            RetryAfter = builder.RetryAfter;
            Details = builder.Details ?? (IReadOnlyList<string>)Array.Empty<string>();
            ValidationReport = builder.ValidationReport;
        }

        /// <summary>The HTTP status of the service's answer (200 for <c>success: false</c> sent with 200); 0 when no answer was received.</summary>
        public int Status { get; }

        /// <summary>
        /// The envelope's <c>error.code</c> when the service sent one, otherwise one of <see cref="AiStudiosErrorCodes"/>
        /// naming what the client observed (a timeout, an unreadable answer, a stalled render, ...); null when neither applies.
        /// </summary>
        public string? ErrorCode { get; }

        /// <summary>
        /// The envelope's <c>error.msg</c> as the service sent it, secrets masked, control characters escaped and, past
        /// 200 characters, cut (with the full length noted); or null.
        /// </summary>
        public string? ServiceMessage { get; }

        /// <summary>
        /// Extra items of the envelope's <c>error.details</c>, one line each (for example <c>/scenes/0: ...</c>), capped
        /// like <see cref="ServiceMessage"/>; at most 100 (a last line says how many more there were); empty when none.
        /// </summary>
        public IReadOnlyList<string> Details { get; }

        /// <summary>The call, as method and path relative to the API base: <c>POST /editor/project</c>.</summary>
        public string? Endpoint { get; }

        /// <summary>The request id the service returned in a response header (<c>x-request-id</c> and similar), if any.</summary>
        public string? RequestId { get; }

        /// <summary>
        /// True when the request may have reached the service but no usable answer came back (a timeout, a dropped
        /// connection, a gateway error, an unreadable body, the caller's cancellation after sending). For a call that
        /// is not safe to repeat, such as <see cref="AiStudiosClient.CreateProjectAsync"/> which creates a project and
        /// starts a billable render, the client does not retry it: look for the project with
        /// <see cref="AiStudiosClient.ListProjectsAsync"/> (a draft: in the web app) before sending it again.
        /// </summary>
        public bool IsOutcomeUnknown { get; }

        /// <summary>How long the service asked the client to wait (<c>Retry-After</c>) when it was longer than the client was allowed to wait by itself.</summary>
        public TimeSpan? RetryAfter { get; }

        /// <summary>The problems found when the client refused to send an invalid project; null otherwise.</summary>
        public Validation.ValidationReport? ValidationReport { get; }

        /// <summary>What the caller of a call that starts a render should do when its outcome is unknown.</summary>
        internal const string NotRepeatedAdvice =
            "The call starts a billable render, so the client did not send it again: the service may have received it. "
            + "Look for the project with ListProjectsAsync (GET /editor/project) before sending it again.";

        /// <summary>What the caller of a call that creates a draft should do when its outcome is unknown.</summary>
        internal const string DraftNotRepeatedAdvice =
            "The call creates a project (a draft, isExport: false), so the client did not send it again: the service may have created it. "
            + "GET /editor/project does not list drafts; look for it in the AI Studios web app before creating it again.";

        /// <summary>What the caller of a billable call without an id (a simple audio) should do when its outcome is unknown.</summary>
        internal const string BillableNotRepeatedAdvice =
            "The call may be billed, so the client did not send it again: the service may have made the file, and there is no id to look it up by. "
            + "Send it again only if a second charge is acceptable.";

        /// <summary>How many <see cref="Details"/> are kept.</summary>
        internal const int MaxDetails = 100;

        /// <summary>Collects the facts of one failure and formats a message from them.</summary>
        internal sealed class Builder
        {
            public int Status { get; set; }

            public string? ErrorCode { get; set; }

            public string? ServiceMessage { get; set; }

            /// <summary>Whether <see cref="ErrorCode"/> came from the service's envelope (rather than from the client).</summary>
            public bool CodeFromService { get; set; }

            public List<string>? Details { get; set; }

            public string? Endpoint { get; set; }

            public string? RequestId { get; set; }

            public bool OutcomeUnknown { get; set; }

            public TimeSpan? RetryAfter { get; set; }

            public Validation.ValidationReport? ValidationReport { get; set; }

            /// <summary>What sending the call twice would do, so that an unknown outcome of a create is not met by simply sending it again.</summary>
            public Client.Http.CallKind Kind { get; set; }

            /// <summary>What went wrong, in the client's words; the service's message follows it.</summary>
            public string Summary { get; set; } = "The call failed.";

            /// <summary>What the caller can do about it, if anything useful can be said.</summary>
            public string? Advice { get; set; }

            private int _totalDetails = -1;

            public AiStudiosException Build(Exception? innerException = null) => new AiStudiosException(this, innerException);

            /// <summary>Caps and escapes what came from the wire (see <see cref="Client.Checks.EchoText"/>); the client's own summary is left as written.</summary>
            internal Builder CapEchoes()
            {
                ServiceMessage = Client.Checks.EchoText.CapOrNull(ServiceMessage);
                ErrorCode = Client.Checks.EchoText.CapOrNull(ErrorCode);
                RequestId = Client.Checks.EchoText.CapOrNull(RequestId);
                _totalDetails = Details?.Count ?? 0;
                if (Details is { Count: > 0 })
                {
                    var capped = new List<string>(Math.Min(Details.Count, MaxDetails + 1));
                    for (int i = 0; i < Details.Count && i < MaxDetails; i++)
                    {
                        capped.Add(Client.Checks.EchoText.Cap(Details[i]));
                    }

                    if (Details.Count > MaxDetails)
                    {
                        capped.Add("... and " + (Details.Count - MaxDetails).ToString("N0", CultureInfo.InvariantCulture) + " more.");
                    }

                    Details = capped;
                }

                return this;
            }

            public string FormatMessage()
            {
                var text = new StringBuilder();
                if (Endpoint is not null)
                {
                    text.Append(Endpoint).Append(": ");
                }

                text.Append(Summary);
                if (Summary.Length > 0 && Summary[Summary.Length - 1] is not ('.' or '!' or '?' or ')'))
                {
                    text.Append('.');
                }

                if (ServiceMessage is not null || (CodeFromService && ErrorCode is not null))
                {
                    text.Append(' ');
                    text.Append("The service said");
                    if (CodeFromService && ErrorCode is not null)
                    {
                        text.Append(' ').Append(ErrorCode);
                    }

                    if (ServiceMessage is not null)
                    {
                        text.Append(": ").Append(ServiceMessage);
                    }
                    else
                    {
                        text.Append('.');
                    }
                }

                const int MaxListed = 10;
                if (Details is { Count: > 0 })
                {
                    int total = _totalDetails >= 0 ? _totalDetails : Details.Count;
                    for (int i = 0; i < Details.Count && i < MaxListed; i++)
                    {
                        text.Append("\n  - ").Append(Details[i]);
                    }

                    if (total > MaxListed)
                    {
                        text.Append("\n  ... and ").Append((total - MaxListed).ToString(CultureInfo.InvariantCulture)).Append(" more.");
                    }
                }

                string? advice = !OutcomeUnknown ? Advice
                    : Kind == Client.Http.CallKind.StartsRender ? NotRepeatedAdvice
                    : Kind == Client.Http.CallKind.CreatesProject ? DraftNotRepeatedAdvice
                    : Kind == Client.Http.CallKind.Billable ? BillableNotRepeatedAdvice
                    : Advice;
                if (advice is not null)
                {
                    text.Append(Details is { Count: > 0 } ? "\n" : " ").Append(advice);
                }

                var facts = new List<string>(2);
                if (Status != 0)
                {
                    facts.Add("HTTP " + Status.ToString(CultureInfo.InvariantCulture));
                }

                if (RequestId is not null)
                {
                    facts.Add("request id " + RequestId);
                }

                if (facts.Count > 0)
                {
                    text.Append(" (").Append(string.Join(", ", facts)).Append(')');
                }

                return text.ToString();
            }
        }
    }
}
