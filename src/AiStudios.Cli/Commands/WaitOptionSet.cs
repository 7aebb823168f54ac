using System;
using System.CommandLine;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Rendering;

namespace AiStudios.Cli.Commands
{
    /// <summary>The options of commands that wait for a render: --timeout, --stall-timeout, --output.</summary>
    internal sealed class WaitOptionSet
    {
        public Option<string?> Timeout { get; } = new Option<string?>("--timeout")
        {
            Description = "Give up waiting after this long (exit 4; the render goes on): 90s, 20m, 1h. Default 30m.",
            HelpName = "duration",
        };

        public Option<string?> StallTimeout { get; } = new Option<string?>("--stall-timeout")
        {
            Description = "Give up when the progress has not changed for this long (exit 4). Default 10m.",
            HelpName = "duration",
        };

        public Option<string?> Output { get; } = new Option<string?>("--output", "-o")
        {
            Description = "Download the video to this file when done (written to a temporary file, then moved over).",
            HelpName = "file",
        };

        public Option<string?> PollInterval { get; } = new Option<string?>("--poll-interval")
        {
            Description = "How often to ask for progress: 3s by default, as the service's own samples poll (200ms against --emulator). At least 100ms.",
            HelpName = "duration",
        };

        public void AddTo(Command command)
        {
            command.Options.Add(Timeout);
            command.Options.Add(StallTimeout);
            command.Options.Add(Output);
            command.Options.Add(PollInterval);
        }

        public WaitSettings Read(ParseResult result)
        {
            TimeSpan? poll = Duration(result.GetValue(PollInterval), "--poll-interval");
            if (poll < TimeSpan.FromMilliseconds(100))
            {
                throw new CliException(ExitCodes.Usage, "--poll-interval must be at least 100ms.");
            }

            return new WaitSettings(Duration(result.GetValue(Timeout), "--timeout"), Duration(result.GetValue(StallTimeout), "--stall-timeout"), result.GetValue(Output), poll);
        }

        private static TimeSpan? Duration(string? text, string option)
        {
            if (text is null)
            {
                return null;
            }

            return ServiceErrors.TryParseDuration(text, out TimeSpan value)
                ? value
                : throw new CliException(ExitCodes.Usage, $"{option} '{Cap(text)}' is not a duration: write 90s, 20m, 1h or hh:mm:ss.");
        }

        private static string Cap(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "\u2026";
    }
}
