using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Input
{
    /// <summary>
    /// Where a batch's rows come from: a CSV file with a header (RFC 4180), a JSON-lines file, or any
    /// <see cref="IAsyncEnumerable{T}"/> of dictionaries. Reading a file again reads it again; a malformed file is a
    /// <see cref="BatchInputException"/> naming its line and column.
    /// </summary>
    public abstract class BatchRowSource
    {
        /// <summary>Names the source in problem reports.</summary>
        /// <param name="name">The file name, or a name for rows from code.</param>
        protected BatchRowSource(string name)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        /// <summary>The file, or the name given to the rows; problem lines start with it.</summary>
        public string Name { get; }

        /// <summary>A CSV file with a header line (UTF-8, or as its byte-order mark says).</summary>
        /// <param name="path">The file.</param>
        /// <param name="displayName">How problem lines name it; default: <paramref name="path"/> as given.</param>
        /// <returns>The source.</returns>
        public static BatchRowSource FromCsvFile(string path, string? displayName = null) =>
            new FileSource(path, displayName ?? path, CsvRowReader.ReadAsync);

        /// <summary>A JSON-lines file: one JSON object per line.</summary>
        /// <param name="path">The file.</param>
        /// <param name="displayName">How problem lines name it; default: <paramref name="path"/> as given.</param>
        /// <returns>The source.</returns>
        public static BatchRowSource FromJsonLinesFile(string path, string? displayName = null) =>
            new FileSource(path, displayName ?? path, JsonLinesRowReader.ReadAsync);

        /// <summary>A file read by its extension: <c>.jsonl</c>/<c>.ndjson</c> as JSON lines, anything else as CSV.</summary>
        /// <param name="path">The file.</param>
        /// <param name="displayName">How problem lines name it.</param>
        /// <returns>The source.</returns>
        public static BatchRowSource FromFile(string path, string? displayName = null)
        {
            string extension = Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path)));
            return extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
                ? FromJsonLinesFile(path, displayName)
                : FromCsvFile(path, displayName);
        }

        /// <summary>CSV text held in memory (tests, generated data).</summary>
        /// <param name="csv">The text, header first.</param>
        /// <param name="name">How problem lines name it.</param>
        /// <returns>The source.</returns>
        public static BatchRowSource FromCsvText(string csv, string name = "data.csv") =>
            new TextSource(csv, name, CsvRowReader.ReadAsync);

        /// <summary>JSON-lines text held in memory.</summary>
        /// <param name="jsonLines">The text.</param>
        /// <param name="name">How problem lines name it.</param>
        /// <returns>The source.</returns>
        public static BatchRowSource FromJsonLinesText(string jsonLines, string name = "data.jsonl") =>
            new TextSource(jsonLines, name, JsonLinesRowReader.ReadAsync);

        /// <summary>Rows from code; each dictionary is a row, its keys the columns. Read once per plan.</summary>
        /// <param name="rows">The rows.</param>
        /// <param name="name">How problem lines name them.</param>
        /// <returns>The source.</returns>
        public static BatchRowSource FromRows(IAsyncEnumerable<IReadOnlyDictionary<string, string>> rows, string name = "rows") =>
            new EnumerableSource(rows ?? throw new ArgumentNullException(nameof(rows)), name);

        /// <summary>Reads the rows in order.</summary>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <returns>The rows.</returns>
        /// <exception cref="BatchInputException">The data is malformed (thrown while enumerating, at the bad row).</exception>
        public abstract IAsyncEnumerable<BatchRow> ReadAsync(CancellationToken cancellationToken = default);

        /// <summary>The name.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Name;

        private delegate IAsyncEnumerable<BatchRow> Reader(TextReader reader, string source, CancellationToken cancellationToken);

        private sealed class FileSource : BatchRowSource
        {
            private readonly string _path;
            private readonly Reader _read;

            public FileSource(string path, string name, Reader read)
                : base(name)
            {
                _path = path ?? throw new ArgumentNullException(nameof(path));
                _read = read;
            }

            public override async IAsyncEnumerable<BatchRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
                await foreach (BatchRow row in _read(reader, Name, cancellationToken).ConfigureAwait(false))
                {
                    yield return row;
                }
            }
        }

        private sealed class TextSource : BatchRowSource
        {
            private readonly string _text;
            private readonly Reader _read;

            public TextSource(string text, string name, Reader read)
                : base(name)
            {
                _text = text ?? throw new ArgumentNullException(nameof(text));
                _read = read;
            }

            public override IAsyncEnumerable<BatchRow> ReadAsync(CancellationToken cancellationToken = default) =>
                _read(new StringReader(_text), Name, cancellationToken);
        }

        private sealed class EnumerableSource : BatchRowSource
        {
            private readonly IAsyncEnumerable<IReadOnlyDictionary<string, string>> _rows;

            public EnumerableSource(IAsyncEnumerable<IReadOnlyDictionary<string, string>> rows, string name)
                : base(name)
            {
                _rows = rows;
            }

            public override async IAsyncEnumerable<BatchRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                long number = 0;
                await foreach (IReadOnlyDictionary<string, string> row in _rows.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    number++;
                    if (row is null)
                    {
                        throw new BatchInputException(Name, 0, 0, $"Row {number} is null.");
                    }

                    yield return new BatchRow(number, 0, row);
                }
            }
        }
    }
}
