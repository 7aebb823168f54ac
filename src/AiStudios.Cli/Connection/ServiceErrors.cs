using System;

namespace AiStudios.Cli.Connection
{
    /// <summary>An <see cref="AiStudiosException"/> as the CLI reports it: an exit code and the SDK's message (which never holds a key or token).</summary>
    internal static class ServiceErrors
    {
        public static int ExitCodeOf(AiStudiosException e) => e.ErrorCode switch
        {
            AiStudiosErrorCodes.RenderFailed => ExitCodes.RenderFailed,
            AiStudiosErrorCodes.RenderStalled or AiStudiosErrorCodes.RenderTimedOut or AiStudiosErrorCodes.RenderQueueTimedOut => ExitCodes.TimedOut,
            "INVALID_CREDENTIALS" or "UNAUTHORIZED" or "TOKEN_EXPIRED" => ExitCodes.Authentication,
            _ when e.Status is 401 or 403 => ExitCodes.Authentication,
            _ => ExitCodes.Problems,
        };

        /// <remarks>A wait that stopped without an outcome is worded by <see cref="Rendering.StoppedWait"/>, which knows the project.</remarks>
        public static CliException ToCliException(AiStudiosException e)
        {
            string message = e.Message;
            if (e.IsOutcomeUnknown)
            {
                message += " Look for the project with 'aistudios projects list' before creating it again.";
            }

            return new CliException(ExitCodeOf(e), message);
        }

        /// <summary>A duration as the options take it: <c>500ms</c>, <c>90s</c>, <c>20m</c>, <c>2h</c>, or <c>hh:mm:ss</c>.</summary>
        public static bool TryParseDuration(string text, out TimeSpan value)
        {
            value = default;
            string t = text.Trim();
            (string suffix, double factor)[] units = { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
            foreach ((string suffix, double factor) in units)
            {
                if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(t.Substring(0, t.Length - suffix.Length), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double number)
                    && number > 0 && number * factor <= TimeSpan.FromDays(7).TotalSeconds)
                {
                    value = TimeSpan.FromSeconds(number * factor);
                    return true;
                }
            }

            return TimeSpan.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out value) && value > TimeSpan.Zero;
        }
    }
}
