using System;
using System.Diagnostics;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Cli.Terminal;
using Spectre.Console;

namespace AiStudios.Cli.Batching
{
    /// <summary>
    /// The live view of a batch: a Spectre progress bar of finished items with the counts per state on a terminal;
    /// when redirected, one plain line per second at most (and the last one), so logs stay short and readable.
    /// </summary>
    internal sealed class BatchDisplay
    {
        private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(1);

        private readonly CliConsole _console;

        public BatchDisplay(CliConsole console)
        {
            _console = console;
        }

        public async Task<BatchResult> RunAsync(Func<IProgress<BatchProgress>, Task<BatchResult>> run)
        {
            if (_console.Ansi is not IAnsiConsole ansi)
            {
                var lines = new LineProgress(_console);
                BatchResult result = await run(lines);
                lines.Flush(result.Progress);
                return result;
            }

            BatchResult? done = null;
            await ansi.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    ProgressTask task = context.AddTask("planned", maxValue: 1);
                    var progress = new SyncProgress(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Finished + p.OutcomeUnknown;
                        task.Description = Markup.Escape($"{p.Done} done, {p.InFlight} in flight, {p.Pending} pending, {p.Failed} failed, {p.OutcomeUnknown} unknown");
                    });
                    done = await run(progress);
                    progress.Report(done.Progress);
                });
            return done!;
        }

        private sealed class SyncProgress : IProgress<BatchProgress>
        {
            private readonly Action<BatchProgress> _report;

            public SyncProgress(Action<BatchProgress> report) => _report = report;

            public void Report(BatchProgress value) => _report(value);
        }

        private sealed class LineProgress : IProgress<BatchProgress>
        {
            private readonly CliConsole _console;
            private readonly Stopwatch _clock = Stopwatch.StartNew();
            private readonly object _lock = new object();
            private TimeSpan _last = TimeSpan.MinValue;
            private string? _lastLine;

            public LineProgress(CliConsole console) => _console = console;

            public void Report(BatchProgress value)
            {
                lock (_lock)
                {
                    if (_last != TimeSpan.MinValue && _clock.Elapsed - _last < LineInterval)
                    {
                        return;
                    }

                    _last = _clock.Elapsed;
                    Write(value);
                }
            }

            public void Flush(BatchProgress value)
            {
                lock (_lock)
                {
                    Write(value);
                }
            }

            private void Write(BatchProgress value)
            {
                string line = "progress " + value;
                if (line != _lastLine)
                {
                    _console.Line(line);
                    _lastLine = line;
                }
            }
        }
    }
}
