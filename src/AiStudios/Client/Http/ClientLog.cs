using System;
using AiStudios.Client.Checks;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Every log message of the client. None takes a header, a request body or a token: the only values logged are
    /// endpoints (method and path), statuses, durations, error codes and the service's messages and states, with
    /// secrets masked, control characters escaped and length capped (<see cref="EchoText"/>).
    /// </summary>
    internal static class ClientLog
    {
        private static readonly Action<ILogger, string, int, long, int, Exception?> s_answered =
            LoggerMessage.Define<string, int, long, int>(LogLevel.Debug, new EventId(1, "Answered"), "{Endpoint} answered {Status} in {ElapsedMs} ms (try {Try}).");

        private static readonly Action<ILogger, string, int, string, long, Exception?> s_retrying =
            LoggerMessage.Define<string, int, string, long>(LogLevel.Warning, new EventId(2, "Retrying"), "{Endpoint} failed on try {Try} ({Reason}); retrying in {DelayMs} ms.");

        private static readonly Action<ILogger, string, string, Exception?> s_notRetried =
            LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(3, "NotRetried"), "{Endpoint} failed ({Reason}); not retried because the call creates a project or starts a render and the service may have received it.");

        private static readonly Action<ILogger, string, Exception?> s_tokenRejected =
            LoggerMessage.Define<string>(LogLevel.Information, new EventId(4, "TokenRejected"), "{Endpoint} was refused with 401; fetching a new token and trying once more.");

        private static readonly Action<ILogger, DateTimeOffset, DateTimeOffset, Exception?> s_tokenAcquired =
            LoggerMessage.Define<DateTimeOffset, DateTimeOffset>(LogLevel.Information, new EventId(5, "TokenAcquired"), "Acquired a token; it expires at {ExpiresOn:O} and will be refreshed from {RefreshOn:O}.");

        private static readonly Action<ILogger, string, Exception?> s_tokenFailed =
            LoggerMessage.Define<string>(LogLevel.Warning, new EventId(6, "TokenFailed"), "Fetching a token failed: {Reason}");

        private static readonly Action<ILogger, string, double, string?, Exception?> s_renderProgress =
            LoggerMessage.Define<string, double, string?>(LogLevel.Debug, new EventId(7, "RenderProgress"), "Render of project {ProjectId}: {Percent} % ({State}).");

        private static readonly Action<ILogger, string, Exception?> s_validationWarning =
            LoggerMessage.Define<string>(LogLevel.Warning, new EventId(8, "ValidationWarning"), "The project is sent despite a validation warning: {Problem}");

        private static readonly Action<ILogger, string, string, Exception?> s_accountAvatarsUnavailable =
            LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(9, "AccountAvatarsUnavailable"), "The account's avatars could not be listed ({Reason}); the project is sent without checking {AvatarIds} against them.");

        private static readonly Action<ILogger, string, Exception?> s_accountClothesUnavailable =
            LoggerMessage.Define<string>(LogLevel.Warning, new EventId(10, "AccountClothesUnavailable"), "The account's clothes could not be listed (GET /model: {Reason}); avatar ids are checked, clothes no catalog lists are sent unchecked.");

        public static void AccountClothesUnavailable(ILogger logger, string reason) => s_accountClothesUnavailable(logger, EchoText.Cap(reason), null);

        public static void AccountAvatarsUnavailable(ILogger logger, string reason, string avatarIds) =>
            s_accountAvatarsUnavailable(logger, EchoText.Cap(reason), EchoText.Cap(avatarIds, EchoText.MaxLine), null);

        public static void ValidationWarning(ILogger logger, string problem) => s_validationWarning(logger, EchoText.Cap(problem, EchoText.MaxLine), null);

        public static void Answered(ILogger logger, string endpoint, int status, long elapsedMs, int attempt) =>
            s_answered(logger, endpoint, status, elapsedMs, attempt, null);

        public static void Retrying(ILogger logger, string endpoint, int attempt, string reason, TimeSpan delay) =>
            s_retrying(logger, endpoint, attempt, reason, (long)delay.TotalMilliseconds, null);

        public static void NotRetried(ILogger logger, string endpoint, string reason) => s_notRetried(logger, endpoint, reason, null);

        public static void TokenRejected(ILogger logger, string endpoint) => s_tokenRejected(logger, endpoint, null);

        public static void TokenAcquired(ILogger logger, DateTimeOffset expiresOn, DateTimeOffset refreshOn) =>
            s_tokenAcquired(logger, expiresOn, refreshOn, null);

        // The exception is not passed: its message is already masked, its inner exceptions are not ours to vouch for.
        public static void TokenFailed(ILogger logger, string reason) => s_tokenFailed(logger, reason, null);

        // The state comes from the service: capped and escaped like any echoed value.
        public static void RenderProgress(ILogger logger, string projectId, double percent, string? state) =>
            s_renderProgress(logger, projectId, percent, EchoText.CapOrNull(state), null);
    }
}
