using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace AiStudios.Webhooks
{
    /// <summary>What a render webhook reports.</summary>
    public enum RenderWebhookKind
    {
        /// <summary>The render moved on (<c>progress</c> below 100).</summary>
        Progress,

        /// <summary>The render is done (<c>progress</c> 100): <see cref="RenderCompletedWebhook"/> with the link and credits.</summary>
        Completed,

        /// <summary>The render failed: <see cref="RenderFailedWebhook"/>. The reference documents no failure notice; see there.</summary>
        Failed,
    }

    /// <summary>
    /// One call the service makes to a render's <c>webhookUrl</c>: <c>progress</c> (an int in the reference) and
    /// <c>backendTaskId</c> always, <c>credit</c> and <c>download_url</c> at 100. Read one with
    /// <see cref="Parse(ReadOnlySpan{byte})"/>, then switch on the type (<see cref="RenderProgressWebhook"/>,
    /// <see cref="RenderCompletedWebhook"/>, <see cref="RenderFailedWebhook"/>) or on <see cref="Kind"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The payload names no project: correlate by <see cref="BackendTaskId"/> (a fetched project's
    /// <c>backendTaskId</c>) or by an id you put into your own webhook URL. The reference documents no signature, so
    /// anyone who knows the URL can call it: put an unguessable token into the URL, and treat a notice as a hint (read
    /// the project or its progress from the API before trusting a link or a charge).
    /// </para>
    /// <para>
    /// Whether the service calls once (at 100) or as progress rises, and whether it retries, is not documented: handle
    /// repeats idempotently, keyed by <see cref="DeduplicationKey"/>. Fields the reference does not list are kept in
    /// <see cref="AdditionalProperties"/>; a body wrapped in the API's <c>{"success", "data"}</c> envelope is read from
    /// its <c>data</c> (<see cref="WasEnveloped"/>).
    /// </para>
    /// </remarks>
    public abstract class RenderWebhook
    {
        private protected RenderWebhook(double progress, string? backendTaskId, IReadOnlyDictionary<string, JsonElement> additionalProperties, bool wasEnveloped)
        {
            Progress = progress;
            BackendTaskId = backendTaskId;
            AdditionalProperties = additionalProperties;
            WasEnveloped = wasEnveloped;
        }

        /// <summary>What the call reports.</summary>
        public abstract RenderWebhookKind Kind { get; }

        /// <summary><c>progress</c>, 0 to 100 (an int in the reference; a fraction is kept as sent).</summary>
        public double Progress { get; }

        /// <summary><c>backendTaskId</c>: the render task (a fetched project's <c>backendTaskId</c>); null when absent.</summary>
        public string? BackendTaskId { get; }

        /// <summary>Whether the render is over (completed or failed): no further call is expected.</summary>
        public bool IsFinal => Kind != RenderWebhookKind.Progress;

        /// <summary>
        /// <c>backendTaskId:progress</c>: the same for a repeated delivery of the same notice, different for the next
        /// step of the same render. Store the keys handled to answer a repeat with 2xx without acting twice.
        /// </summary>
        public string DeduplicationKey => (BackendTaskId ?? string.Empty) + ":" + Progress.ToString("R", CultureInfo.InvariantCulture) + (Kind == RenderWebhookKind.Failed ? ":failed" : string.Empty);

        /// <summary>
        /// The fields the reference does not list (every field but <c>progress</c>, <c>backendTaskId</c>, <c>credit</c>
        /// and <c>download_url</c>), and any listed one whose value was of another type than documented, as sent.
        /// </summary>
        public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; }

        /// <summary>Whether the fields came wrapped in <c>{"success": true, "data": {...}}</c> (not documented either way).</summary>
        public bool WasEnveloped { get; }

        /// <summary>
        /// Reads a webhook body. Never throws: a body that is not a render webhook gives a result whose
        /// <see cref="RenderWebhookParseResult.Error"/> says what is wrong and where (line, column, byte offset, JSON path).
        /// </summary>
        /// <param name="utf8Json">The raw body, as received (UTF-8 JSON).</param>
        /// <returns>The webhook, or the error.</returns>
        public static RenderWebhookParseResult Parse(ReadOnlySpan<byte> utf8Json) => RenderWebhookParser.Parse(utf8Json);

        /// <summary>Reads a webhook body; see <see cref="Parse(ReadOnlySpan{byte})"/>. Never throws.</summary>
        /// <param name="utf8Json">The raw body.</param>
        /// <param name="webhook">The webhook, when it could be read.</param>
        /// <param name="error">What is wrong, when it could not.</param>
        /// <returns>Whether the body is a render webhook.</returns>
        public static bool TryParse(ReadOnlySpan<byte> utf8Json, out RenderWebhook? webhook, out RenderWebhookError? error)
        {
            RenderWebhookParseResult result = RenderWebhookParser.Parse(utf8Json);
            webhook = result.Webhook;
            error = result.Error;
            return result.IsSuccess;
        }

        /// <summary>Kind, task and progress.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{GetType().Name} {{ BackendTaskId = {Client.Checks.EchoText.CapOrNull(BackendTaskId) ?? "(none)"}, Progress = {Progress.ToString("0.##", CultureInfo.InvariantCulture)} }}";
    }

    /// <summary>A render moved on: <c>progress</c> below 100.</summary>
    public sealed class RenderProgressWebhook : RenderWebhook
    {
        internal RenderProgressWebhook(double progress, string? backendTaskId, IReadOnlyDictionary<string, JsonElement> additionalProperties, bool wasEnveloped)
            : base(progress, backendTaskId, additionalProperties, wasEnveloped)
        {
        }

        /// <inheritdoc />
        public override RenderWebhookKind Kind => RenderWebhookKind.Progress;
    }

    /// <summary>A render is done: <c>progress</c> 100, with <c>download_url</c> and <c>credit</c>.</summary>
    public sealed class RenderCompletedWebhook : RenderWebhook
    {
        internal RenderCompletedWebhook(double progress, string? backendTaskId, Uri? downloadUrl, int? credit, IReadOnlyDictionary<string, JsonElement> additionalProperties, bool wasEnveloped)
            : base(progress, backendTaskId, additionalProperties, wasEnveloped)
        {
            DownloadUrl = downloadUrl;
            Credit = credit;
        }

        /// <inheritdoc />
        public override RenderWebhookKind Kind => RenderWebhookKind.Completed;

        /// <summary>
        /// <c>download_url</c>: the video, an absolute http(s) URL; null when the body had none or another kind of URL
        /// (then the raw value is in <see cref="RenderWebhook.AdditionalProperties"/>). Fetch it with
        /// <see cref="AiStudiosClient.DownloadAsync"/>, which sends no token.
        /// </summary>
        public Uri? DownloadUrl { get; }

        /// <summary><c>credit</c>: the credits charged; null when absent or not an integer (then kept raw).</summary>
        public int? Credit { get; }
    }

    /// <summary>
    /// A render failed. The reference documents no failure notice (nor any field that could carry one); this is the
    /// shape the SDK's emulator sends, <c>{"progress", "backendTaskId", "state": "failed", "error": {"code", "msg"}}</c>,
    /// and any body whose <c>state</c> is <c>failed</c> or <c>error</c>, or which carries an <c>error</c>, reads as one.
    /// Do not count on the real service sending it: a receiver also needs a timeout, or a poll of the progress call.
    /// </summary>
    public sealed class RenderFailedWebhook : RenderWebhook
    {
        internal RenderFailedWebhook(double progress, string? backendTaskId, string? state, string? errorCode, string? message, IReadOnlyDictionary<string, JsonElement> additionalProperties, bool wasEnveloped)
            : base(progress, backendTaskId, additionalProperties, wasEnveloped)
        {
            State = state;
            ErrorCode = errorCode;
            Message = message;
        }

        /// <inheritdoc />
        public override RenderWebhookKind Kind => RenderWebhookKind.Failed;

        /// <summary><c>state</c>, as sent (<c>failed</c> from the emulator).</summary>
        public string? State { get; }

        /// <summary><c>error.code</c>, as sent.</summary>
        public string? ErrorCode { get; }

        /// <summary><c>error.msg</c> (or <c>error</c> when it is a string), as sent.</summary>
        public string? Message { get; }
    }

    /// <summary>Why a body is not a render webhook, and where.</summary>
    public sealed class RenderWebhookError
    {
        internal RenderWebhookError(string message, string path, long bytePosition, long lineNumber, long column)
        {
            Message = message;
            Path = path;
            BytePosition = bytePosition;
            LineNumber = lineNumber;
            Column = column;
        }

        /// <summary>What is wrong, in a sentence; it quotes no value of the body.</summary>
        public string Message { get; }

        /// <summary>The JSON path of the offending value (<c>$.progress</c>; <c>$</c> for the whole body).</summary>
        public string Path { get; }

        /// <summary>The byte offset in the body, 0-based.</summary>
        public long BytePosition { get; }

        /// <summary>The line, 1-based.</summary>
        public long LineNumber { get; }

        /// <summary>The column in bytes, 1-based.</summary>
        public long Column { get; }

        /// <summary>The message with its position: <c>... (line 1, column 14, byte 13, path $.progress)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} (line {1}, column {2}, byte {3}, path {4})", Message, LineNumber, Column, BytePosition, Path);
    }

    /// <summary>The outcome of <see cref="RenderWebhook.Parse(ReadOnlySpan{byte})"/>: a webhook or an error.</summary>
    public sealed class RenderWebhookParseResult
    {
        internal RenderWebhookParseResult(RenderWebhook? webhook, RenderWebhookError? error)
        {
            Webhook = webhook;
            Error = error;
        }

        /// <summary>Whether the body was read.</summary>
        public bool IsSuccess => Webhook is not null;

        /// <summary>The webhook; null when the body could not be read.</summary>
        public RenderWebhook? Webhook { get; }

        /// <summary>What is wrong; null when the body was read.</summary>
        public RenderWebhookError? Error { get; }

        /// <summary>The webhook or the error.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Webhook?.ToString() ?? "Not a render webhook: " + Error;
    }
}
