using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Input;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;
using AiStudios.Batch.Throughput;
using AiStudios.Cli.Batching;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Rendering;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary>
    /// <c>aistudios batch &lt;template.json&gt; &lt;data.csv&gt; --ledger batch.db [--concurrency N] [--rate N/min] [--output results.csv]</c>:
    /// one render per row, every row checked first, resumable by running the same command again.
    /// </summary>
    internal static class BatchCommand
    {
        public static Command Create(CliConsole console)
        {
            var template = new Argument<string>("template") { Description = "The project JSON file every row is rendered from." };
            var data = new Argument<string>("data") { Description = "The rows: a CSV file with a header, or JSON lines (.jsonl/.ndjson)." };
            var ledger = new Option<string>("--ledger") { Description = "The ledger file (SQLite) that records every item; run the same command with it again to resume.", HelpName = "file", Required = true };
            var concurrency = new Option<int>("--concurrency") { Description = "Renders in flight at most (created and not finished). Default 10.", HelpName = "N", DefaultValueFactory = _ => 10 };
            var rate = new Option<string?>("--rate") { Description = "Creates per minute at most: 60, 60/min or 2/s. Default: no limit (the service's 429s still pause every worker).", HelpName = "N/min" };
            var output = new Option<string?>("--output") { Description = "A results file, appended as items finish: CSV, or JSON lines for .jsonl (key, number, project_id, state, download_url, error).", HelpName = "file" };
            var key = new Option<string?>("--key") { Description = "The column that names each row (unique); default: the row number.", HelpName = "column" };
            var mapping = new Option<string?>("--mapping") { Description = "A mapping file: {\"key\", \"name\", \"clips\": {tag: column}, \"scripts\": {scene: column}}.", HelpName = "file" };
            var map = new Option<string[]>("--map") { Description = "A clip tag and the column for it: title=headline (repeatable). Text clips get the text, image/audio clips source_url, video clips videoUrl.", HelpName = "tag=column", AllowMultipleArgumentsPerToken = false };
            var script = new Option<string[]>("--script") { Description = "A scene (from 0) and the column whose plain text becomes its speech: 0=greeting (repeatable).", HelpName = "scene=column" };
            var name = new Option<string?>("--name") { Description = "Each project's name, with {{column}} placeholders. Default: the template's name.", HelpName = "text" };
            var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Leave rows with errors out (recorded as skipped) instead of refusing to start." };
            var resendAbsent = new Option<string?>("--resend-absent-after")
            {
                Description = "Opt-in: a create whose outcome is unknown and whose project is not listed this long after it was sent is sent again. Only safe where the project list shows every project (the emulator); default: never resent.",
                HelpName = "duration",
            };
            var download = new Option<string?>("--download") { Description = "A folder to save every finished video into, as <key>.mp4.", HelpName = "folder" };
            var pollInterval = new Option<string?>("--poll-interval") { Description = "How often each render's progress is read. Default 3s (200ms with --emulator).", HelpName = "duration" };
            var newBatch = new Option<bool>("--new-batch") { Description = "Allow a new batch in a ledger that holds others (by default changed files are refused, so done rows are not rendered again)." };
            var connection = new ConnectionOptions();
            var command = new Command("batch", "Render one project per row of a CSV or JSON-lines file from a template: every row is checked before anything is sent, each create is recorded in the ledger before it leaves, and running the same command again resumes without creating any render twice. Exit 0 every row done; 1 rows with errors (nothing sent) or an API error; 2 usage or file error; 3 authentication; 4 items not finished (run again) or with an unknown outcome; 5 renders failed; 130 interrupted (run again to resume).")
            {
                template, data, ledger, concurrency, rate, output, key, mapping, map, script, name, skipInvalid, resendAbsent, download, pollInterval, newBatch,
            };
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, () => RunAsync(
                console,
                new BatchSettings(
                    result.GetValue(template)!,
                    result.GetValue(data)!,
                    result.GetValue(ledger)!,
                    result.GetValue(concurrency),
                    result.GetValue(rate),
                    result.GetValue(output),
                    result.GetValue(key),
                    result.GetValue(mapping),
                    result.GetValue(map) ?? Array.Empty<string>(),
                    result.GetValue(script) ?? Array.Empty<string>(),
                    result.GetValue(name),
                    result.GetValue(skipInvalid),
                    result.GetValue(resendAbsent),
                    result.GetValue(download),
                    result.GetValue(pollInterval),
                    result.GetValue(newBatch)),
                connection.Read(result))));
            return command;
        }

        private static async Task<int> RunAsync(CliConsole console, BatchSettings settings, ConnectionSettings connection)
        {
            BatchOptions options = settings.ToOptions();
            BatchPlan plan = await PlanAsync(console, settings);
            foreach (string line in plan.Describe(50))
            {
                console.Line(line);
            }

            if (plan.HasBatchErrors || (plan.HasErrors && !settings.SkipInvalid))
            {
                console.Note($"Not started: {plan} Nothing was sent." + (plan.HasBatchErrors ? string.Empty : " Fix the rows, or leave them out with --skip-invalid."));
                return ExitCodes.Problems;
            }

            console.Note($"Planned: {plan}");
            options.Reconciled = found =>
            {
                if (found.ReconciledByMarker + found.ResentAfterWindow + found.OutcomeUnknown > 0)
                {
                    console.Note($"Reconciled the creates a previous run left without an answer: {found.ReconciledByMarker} found by marker, {found.ResentAfterWindow} absent after the window (sent again), {found.OutcomeUnknown} outcome unknown.");
                }
            };
            var throttle = new BatchThrottle(options.CreatesPerMinute ?? 0, 1);
            options.Throttle = throttle;
            using var http = BatchThrottlingHandler.CreateHttpClient(throttle);
            using var signal = new InterruptSignal();
            await using ClientSession session = await ClientSession.OpenAsync(connection, CancellationToken.None, resolved => new AiStudiosClient(http, resolved));
            options.RenderWait = new RenderWaitOptions { DelayStrategy = RenderDelayStrategy.Fixed(settings.PollInterval() ?? session.PollInterval), Timeout = TimeSpan.FromMinutes(30) };
            await using SqliteBatchLedger ledger = await OpenLedgerAsync(settings.Ledger);
            console.Note($"Sending to {session.Target}; ledger {settings.Ledger}.");

            BatchResult result;
            var display = new BatchDisplay(console);
            try
            {
                result = await display.RunAsync(progress => new BatchRunner(session.Client, ledger, options).RunAsync(plan, progress, signal.Token));
            }
            catch (OperationCanceledException) when (signal.Interrupted)
            {
                console.Note("Interrupted: creates already sent were recorded; renders go on at the service. Run the same command again to resume.");
                return signal.ExitCode == 0 ? ExitCodes.Interrupted : signal.ExitCode;
            }
            catch (BatchLedgerException e)
            {
                throw new CliException(ExitCodes.Usage, e.Message);
            }
            catch (BatchStoppedException e)
            {
                throw new CliException(ExitCodes.Authentication, e.Message);
            }

            return Report(console, result, session.IsEmulated);
        }

        private static async Task<BatchPlan> PlanAsync(CliConsole console, BatchSettings settings)
        {
            BatchTemplate template;
            try
            {
                template = await BatchTemplate.FromFileAsync(settings.Template);
            }
            catch (Serialization.AiStudiosJsonException e)
            {
                throw new CliException(ExitCodes.Problems, $"{settings.Template}: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Usage, $"{settings.Template}: cannot be read ({e.Message})");
            }

            BatchMapping mapping = await settings.ReadMappingAsync();
            try
            {
                return await BatchPlanner.PlanAsync(template, BatchRowSource.FromFile(settings.Data, settings.Data.Replace('\\', '/')), mapping);
            }
            catch (BatchInputException e)
            {
                throw new CliException(ExitCodes.Usage, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Usage, $"{settings.Data}: cannot be read ({e.Message})");
            }
        }

        private static async Task<SqliteBatchLedger> OpenLedgerAsync(string path)
        {
            try
            {
                return await SqliteBatchLedger.OpenAsync(path);
            }
            catch (BatchLedgerException e)
            {
                throw new CliException(ExitCodes.Usage, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Usage, $"{path}: the ledger cannot be opened ({e.Message})");
            }
        }

        private static int Report(CliConsole console, BatchResult result, bool emulated)
        {
            BatchProgress p = result.Progress;
            console.Line($"Batch {result.BatchId}: {p.Done}/{p.Total} done, {p.Failed} failed, {p.OutcomeUnknown} outcome unknown, {p.Count(BatchItemState.Skipped)} skipped; this run: {result.Statistics}.");
            foreach (BatchItem item in result.Unresolved)
            {
                console.Note($"  row {item.Number.ToString(CultureInfo.InvariantCulture)} ({item.Key}): {BatchResultsName(item.State)}{(item.Error is null ? string.Empty : ": " + item.Error)}");
            }

            if (emulated && !result.IsComplete)
            {
                console.Note("The emulator stops with this command: a rerun talks to a new one, which has none of these projects.");
            }

            if (p.Failed > 0)
            {
                return ExitCodes.RenderFailed;
            }

            return result.IsComplete ? ExitCodes.Success : ExitCodes.TimedOut;
        }

        private static string BatchResultsName(BatchItemState state) => AiStudios.Batch.Results.BatchResultsFile.StateName(state);
    }
}
