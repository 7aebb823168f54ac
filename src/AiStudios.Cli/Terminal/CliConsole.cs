using System;
using System.IO;
using Spectre.Console;

namespace AiStudios.Cli.Terminal
{
    /// <summary>
    /// Where commands write. On a terminal: Spectre.Console tables, colours and a live progress bar.
    /// Redirected (a pipe, a file, CI logs): plain lines, one per event, no escape codes, so logs
    /// stay readable and tests can read them. Errors go to standard error either way.
    /// </summary>
    internal sealed class CliConsole
    {
        public CliConsole(TextWriter output, TextWriter error, bool interactive)
        {
            Out = output;
            Error = error;
            IsInteractive = interactive;
            Ansi = interactive ? AnsiConsole.Console : null;
        }

        /// <summary>Standard output: results (problem lines, tables, URLs).</summary>
        public TextWriter Out { get; }

        /// <summary>Standard error: errors, summaries and hints.</summary>
        public TextWriter Error { get; }

        /// <summary>Whether standard output is a terminal (not redirected) and NO_COLOR is not set.</summary>
        public bool IsInteractive { get; }

        /// <summary>The rich console, only when <see cref="IsInteractive"/>.</summary>
        public IAnsiConsole? Ansi { get; }

        public static CliConsole ForProcess()
        {
            bool interactive = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
            return new CliConsole(Console.Out, Console.Error, interactive);
        }

        public void Line(string text) => Out.WriteLine(text);

        /// <summary>One line on standard error, <c>error: ...</c>.</summary>
        public void Fail(string message) => Error.WriteLine("error: " + message);

        public void Note(string message) => Error.WriteLine(message);
    }
}
