using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Input;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Results
{
    /// <summary>
    /// The results of a batch, one line per item as it finishes: <c>key, number, project_id, state, download_url,
    /// error</c>, as CSV (RFC 4180, header first) or JSON lines (<c>.jsonl</c>/<c>.json</c>). Appended and flushed line
    /// by line, so a crash loses at most the line being written; on reopening, a torn last line is cut and items the
    /// ledger finished while the file missed them are added. A key may appear again with a later state (an outcome
    /// that was unknown and was found on a later run): the last line of a key wins.
    /// </summary>
    public sealed class BatchResultsFile : IAsyncDisposable
    {
        private static readonly string[] Columns = { "key", "number", "project_id", "state", "download_url", "error" };

        private readonly FileStream _stream;
        private readonly bool _json;
        private readonly HashSet<(string Key, string State)> _written;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);

        private BatchResultsFile(FileStream stream, bool json, HashSet<(string, string)> written)
        {
            _stream = stream;
            _json = json;
            _written = written;
        }

        /// <summary>Lines written by this instance.</summary>
        public int Appended { get; private set; }

        /// <summary>Opens (or creates) a results file.</summary>
        /// <param name="path">The file; <c>.jsonl</c>, <c>.ndjson</c> or <c>.json</c> for JSON lines, anything else CSV.</param>
        /// <param name="cancellationToken">Stops reading what is there.</param>
        /// <returns>The file.</returns>
        public static async Task<BatchResultsFile> OpenAsync(string path, CancellationToken cancellationToken = default)
        {
            string extension = Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path)));
            bool json = extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase) || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
            var written = new HashSet<(string, string)>();
            if (File.Exists(path))
            {
                CutTornLine(path, json);
                BatchRowSource existing = json ? BatchRowSource.FromJsonLinesFile(path) : BatchRowSource.FromCsvFile(path);
                if (new FileInfo(path).Length > 0)
                {
                    await foreach (BatchRow row in existing.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (row.Values.TryGetValue("key", out string? key) && row.Values.TryGetValue("state", out string? state))
                        {
                            written.Add((key, state));
                        }
                    }
                }
            }

            var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, useAsync: true);
            var file = new BatchResultsFile(stream, json, written);
            if (!json && stream.Length == 0)
            {
                await file.WriteAsync(string.Join(",", Columns) + "\n").ConfigureAwait(false);
            }

            return file;
        }

        /// <summary>The state as results name it: <c>done</c>, <c>failed</c>, <c>outcome-unknown</c>, ...</summary>
        /// <param name="state">The state.</param>
        /// <returns>The name.</returns>
        public static string StateName(BatchItemState state) => state switch
        {
            BatchItemState.OutcomeUnknown => "outcome-unknown",
            _ => state.ToString().ToLowerInvariant(),
        };

        /// <summary>Appends an item's line unless the file already has its key in that state.</summary>
        /// <param name="item">The item.</param>
        /// <param name="error">An error to write instead of the item's (a failed download).</param>
        /// <returns>Whether a line was written.</returns>
        public async Task<bool> AppendAsync(BatchItem item, string? error = null)
        {
            string state = StateName(item.State);
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (!_written.Add((item.Key, state)))
                {
                    return false;
                }

                string[] values =
                {
                    item.Key,
                    item.Number.ToString(CultureInfo.InvariantCulture),
                    item.ProjectId ?? string.Empty,
                    state,
                    item.DownloadUrl ?? string.Empty,
                    (error ?? item.Error) ?? string.Empty,
                };
                await WriteAsync(_json ? JsonLine(values) : CsvLine(values)).ConfigureAwait(false);
                Appended++;
                return true;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>Closes the file.</summary>
        /// <returns>A task.</returns>
        public async ValueTask DisposeAsync()
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _gate.Dispose();
        }

        private async Task WriteAsync(string line)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line);
            await _stream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);

            // To the operating system at once: a killed process loses nothing written (a power cut may lose the tail).
            await _stream.FlushAsync().ConfigureAwait(false);
        }

        private static string CsvLine(string[] values)
        {
            var line = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                string value = values[i];
                if (value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || (value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' ')))
                {
                    line.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
                }
                else
                {
                    line.Append(value);
                }
            }

            return line.Append('\n').ToString();
        }

        private static string JsonLine(string[] values)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                for (int i = 0; i < Columns.Length; i++)
                {
                    if (i == 1)
                    {
                        writer.WriteNumber(Columns[i], long.Parse(values[i], CultureInfo.InvariantCulture));
                    }
                    else if (values[i].Length == 0 && i != 0)
                    {
                        writer.WriteNull(Columns[i]);
                    }
                    else
                    {
                        writer.WriteString(Columns[i], values[i]);
                    }
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }

        /// <summary>A crash mid-line leaves text without its line break: cut it (the item is written again from the ledger).</summary>
        private static void CutTornLine(string path, bool json)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            if (stream.Length == 0)
            {
                return;
            }

            stream.Seek(-1, SeekOrigin.End);
            if (stream.ReadByte() == '\n')
            {
                return;
            }

            // Find the last line break; everything after it is the torn line. A CSV value may hold a quoted line
            // break, but the engine writes line by line, so a torn record is always the tail after the last complete
            // record, whose end the quote count tells.
            long keep = LastCompleteRecordEnd(stream, json);
            stream.SetLength(keep);
        }

        private static long LastCompleteRecordEnd(FileStream stream, bool json)
        {
            stream.Seek(0, SeekOrigin.Begin);
            long end = 0;
            long position = 0;
            bool quoted = false;
            int b;
            while ((b = stream.ReadByte()) >= 0)
            {
                position++;
                if (b == '"' && !json)
                {
                    quoted = !quoted;
                }
                else if (b == '\n' && !quoted)
                {
                    end = position;
                }
            }

            return end;
        }
    }
}
