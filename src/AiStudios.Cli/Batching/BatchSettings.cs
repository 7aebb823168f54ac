using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Templates;
using AiStudios.Cli.Connection;

namespace AiStudios.Cli.Batching
{
    /// <summary>The batch command's options as given, and their checks (each bad value is exit 2 with what was wrong).</summary>
    internal sealed record BatchSettings(
        string Template,
        string Data,
        string Ledger,
        int Concurrency,
        string? Rate,
        string? Output,
        string? Key,
        string? MappingFile,
        string[] Maps,
        string[] Scripts,
        string? Name,
        bool SkipInvalid,
        string? ResendAbsentAfter,
        string? Download,
        string? Poll,
        bool NewBatch)
    {
        public TimeSpan? PollInterval() =>
            Poll is null ? null
            : ServiceErrors.TryParseDuration(Poll, out TimeSpan interval) && interval >= TimeSpan.FromMilliseconds(50) ? interval
            : throw new CliException(ExitCodes.Usage, $"--poll-interval '{Poll}': a duration of at least 50ms, such as 3s.");

        public BatchOptions ToOptions()
        {
            if (Concurrency < 1 || Concurrency > 1000)
            {
                throw new CliException(ExitCodes.Usage, $"--concurrency {Concurrency}: must be 1 to 1000.");
            }

            var options = new BatchOptions
            {
                MaxRendersInFlight = Concurrency,
                CreatesPerMinute = Rate is null ? null : ParseRate(Rate),
                SkipInvalidRows = SkipInvalid,
                ResultsFile = Output,
                DownloadDirectory = Download,
                AllowNewBatchInLedger = NewBatch,
            };
            if (ResendAbsentAfter is { } text)
            {
                options.ResendAbsentAfter = ServiceErrors.TryParseDuration(text, out TimeSpan window)
                    ? window
                    : throw new CliException(ExitCodes.Usage, $"--resend-absent-after '{text}': a duration such as 10m or 90s.");
            }

            return options;
        }

        public async Task<BatchMapping> ReadMappingAsync()
        {
            BatchMapping mapping;
            if (MappingFile is { } file)
            {
                string json;
                try
                {
                    json = await File.ReadAllTextAsync(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException(ExitCodes.Usage, $"{file}: cannot be read ({e.Message})");
                }

                try
                {
                    mapping = BatchMapping.FromJson(json, file);
                }
                catch (FormatException e)
                {
                    throw new CliException(ExitCodes.Usage, e.Message);
                }
            }
            else
            {
                mapping = new BatchMapping();
            }

            try
            {
                foreach (string map in Maps)
                {
                    mapping.AddClip(map);
                }

                foreach (string script in Scripts)
                {
                    mapping.AddScript(script);
                }
            }
            catch (FormatException e)
            {
                throw new CliException(ExitCodes.Usage, e.Message);
            }

            mapping.KeyColumn = Key ?? mapping.KeyColumn;
            mapping.NameTemplate = Name ?? mapping.NameTemplate;
            return mapping;
        }

        /// <summary><c>60</c>, <c>60/min</c>, <c>2/s</c>, <c>3600/h</c> as creates per minute.</summary>
        internal static double ParseRate(string text)
        {
            string t = text.Trim().ToLowerInvariant();
            double factor = 1;
            int slash = t.IndexOf('/');
            if (slash >= 0)
            {
                factor = t.Substring(slash + 1) switch
                {
                    "s" or "sec" or "second" => 60,
                    "m" or "min" or "minute" => 1,
                    "h" or "hour" => 1.0 / 60,
                    _ => double.NaN,
                };
                t = t.Substring(0, slash);
            }

            if (double.IsNaN(factor) || !double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double count) || count <= 0 || double.IsInfinity(count))
            {
                throw new CliException(ExitCodes.Usage, $"--rate '{text}': a positive number per minute, such as 60, 60/min, 2/s or 3600/h.");
            }

            return count * factor;
        }
    }
}
