using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Terminal;
using Spectre.Console;

namespace AiStudios.Cli.Rendering
{
    /// <summary>What to wait for and how long.</summary>
    internal sealed record WaitSettings(TimeSpan? Timeout, TimeSpan? StallTimeout, string? OutputFile, TimeSpan? PollInterval);

    /// <summary>
    /// Waits for a render: a progress bar with elapsed time and state on a terminal, a plain line
    /// per change otherwise; then the download URL, and with --output the video saved atomically.
    /// Interrupted, it prints the project id and the command that resumes the wait; the render goes on.
    /// </summary>
    internal static class RenderWaiter
    {
        public static async Task<int> WaitAsync(CliConsole console, ClientSession session, string projectId, WaitSettings settings, InterruptSignal signal)
        {
            var options = new RenderWaitOptions { DelayStrategy = RenderDelayStrategy.Fixed(settings.PollInterval ?? session.PollInterval) };
            if (settings.Timeout is TimeSpan timeout)
            {
                options.Timeout = timeout;
            }

            if (settings.StallTimeout is TimeSpan stall)
            {
                options.StallTimeout = stall;
            }

            RenderResult result;
            RenderProgress? last = null;
            var clock = Stopwatch.StartNew();
            try
            {
                result = console.Ansi is IAnsiConsole ansi
                    ? await WaitWithBarAsync(ansi, session, projectId, options, p => last = p, signal.Token)
                    : await session.Client.WaitForRenderAsync(projectId, options, new LineProgress(console.Out, clock, p => last = p), signal.Token);
            }
            catch (OperationCanceledException) when (signal.Interrupted)
            {
                return Interrupted(console, projectId, signal);
            }
            catch (AiStudiosException e) when (StoppedWait.Matches(e))
            {
                throw new CliException(ExitCodes.TimedOut, StoppedWait.Describe(e.ErrorCode, projectId, options, last));
            }
            catch (AiStudiosException e)
            {
                throw ServiceErrors.ToCliException(e);
            }

            console.Line("Done in " + result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s: " + result.DownloadUrl);
            if (session.IsEmulated && settings.OutputFile is null)
            {
                console.Note("The emulator stops with this command, and its URL with it: add --output to keep the (placeholder) video.");
            }

            if (settings.OutputFile is string output)
            {
                long bytes;
                try
                {
                    bytes = await session.Client.DownloadToFileAsync(result.DownloadUrl, output, signal.Token);
                }
                catch (OperationCanceledException) when (signal.Interrupted)
                {
                    console.Note($"Interrupted: nothing was saved to {output}. The video is at {result.DownloadUrl}");
                    return signal.ExitCode;
                }
                catch (AiStudiosException e)
                {
                    throw new CliException(ExitCodes.Problems, $"the video could not be saved to {output}: {e.Message}");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException(ExitCodes.Usage, $"{output}: cannot be written ({e.Message})");
                }

                console.Line($"Saved {bytes.ToString(CultureInfo.InvariantCulture)} bytes to {output}");
            }

            return ExitCodes.Success;
        }

        public static int Interrupted(CliConsole console, string projectId, InterruptSignal signal)
        {
            console.Note($"Interrupted: stopped waiting; project {projectId} is still rendering on the service (nothing was cancelled).");
            console.Note($"Resume with: aistudios wait {projectId}");
            return signal.ExitCode == 0 ? ExitCodes.Interrupted : signal.ExitCode;
        }

        private static async Task<RenderResult> WaitWithBarAsync(IAnsiConsole ansi, ClientSession session, string projectId, RenderWaitOptions options, Action<RenderProgress> seen, CancellationToken cancellationToken)
        {
            RenderResult? result = null;
            await ansi.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    ProgressTask task = context.AddTask(Markup.Escape("queued"), maxValue: 100);
                    var progress = new SyncProgress(p =>
                    {
                        seen(p);
                        task.Value = Math.Max(0, Math.Min(100, p.Percent));
                        task.Description = Markup.Escape(StateOf(p));
                    });
                    result = await session.Client.WaitForRenderAsync(projectId, options, progress, cancellationToken);
                    task.Value = 100;
                    task.Description = "done";
                });
            return result!;
        }

        /// <summary>queued before the first percent, rendering until 100, then done; the service's own state in parentheses.</summary>
        internal static string StateOf(RenderProgress progress)
        {
            string phase = progress.IsCompleted ? "done" : progress.Percent <= 0 ? "queued" : "rendering";
            return string.IsNullOrEmpty(progress.State) ? phase : phase + " (" + Cap(progress.State!, 32) + ")";
        }

        private static string Cap(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "\u2026";

        /// <summary>Told on the polling thread, so lines come out in order.</summary>
        private sealed class SyncProgress : IProgress<RenderProgress>
        {
            private readonly Action<RenderProgress> _report;

            public SyncProgress(Action<RenderProgress> report) => _report = report;

            public void Report(RenderProgress value) => _report(value);
        }

        /// <summary>Redirected output: one line per change, <c>progress  45 %  rendering (exporting)  00:12</c>.</summary>
        private sealed class LineProgress : IProgress<RenderProgress>
        {
            private readonly TextWriter _output;
            private readonly Stopwatch _clock;
            private readonly Action<RenderProgress> _seen;

            public LineProgress(TextWriter output, Stopwatch clock, Action<RenderProgress> seen)
            {
                _output = output;
                _clock = clock;
                _seen = seen;
            }

            public void Report(RenderProgress value)
            {
                _seen(value);
                TimeSpan elapsed = _clock.Elapsed;
                string percent = Math.Max(0, Math.Min(100, value.Percent)).ToString("0.#", CultureInfo.InvariantCulture);
                _output.WriteLine($"progress {percent,5} %  {StateOf(value)}  {(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}");
            }
        }
    }
}
