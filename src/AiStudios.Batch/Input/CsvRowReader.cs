using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Input
{
    /// <summary>
    /// An RFC 4180 reader: a header record, then one record per row; values separated by commas, optionally in double
    /// quotes (a quote inside doubled, commas and line breaks allowed inside); CRLF, LF or CR between records; a
    /// byte-order mark is skipped; blank lines are skipped. What the RFC forbids is an error with its place: a quote
    /// inside an unquoted value, text after a closing quote, a quote never closed (reported where it opened), a record
    /// whose number of values differs from the header's, an empty or repeated column name.
    /// </summary>
    internal sealed class CsvRowReader
    {
        /// <summary>Longer values are refused: almost always a quote that was never closed, swallowing the file.</summary>
        internal const int MaxValueLength = 1_000_000;

        private readonly TextReader _reader;
        private readonly string _source;
        private readonly char[] _buffer = new char[16 * 1024];
        private readonly StringBuilder _value = new StringBuilder();
        private int _position;
        private int _length;
        private bool _ended;
        private int _line = 1;
        private int _column = 1;
        private bool _afterCr;

        private CsvRowReader(TextReader reader, string source)
        {
            _reader = reader;
            _source = source;
        }

        public static async IAsyncEnumerable<BatchRow> ReadAsync(TextReader reader, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var csv = new CsvRowReader(reader, source);
            CsvRecord? header = await csv.ReadRecordAsync(cancellationToken).ConfigureAwait(false);
            if (header is null)
            {
                throw new BatchInputException(source, 1, 1, "The file is empty: the first line must name the columns (a header).");
            }

            string[] columns = csv.CheckHeader(header);
            long number = 0;
            while (await csv.ReadRecordAsync(cancellationToken).ConfigureAwait(false) is { } record)
            {
                if (record.Values.Count != columns.Length)
                {
                    throw new BatchInputException(
                        source,
                        record.Line,
                        1,
                        string.Format(
                            CultureInfo.InvariantCulture,
                            "This row has {0} value(s); the header names {1} column(s). Quote values that hold commas (\"a, b\").",
                            record.Values.Count,
                            columns.Length));
                }

                var values = new Dictionary<string, string>(columns.Length, StringComparer.Ordinal);
                for (int i = 0; i < columns.Length; i++)
                {
                    values[columns[i]] = record.Values[i];
                }

                yield return new BatchRow(++number, record.Line, values);
            }
        }

        private string[] CheckHeader(CsvRecord header)
        {
            var names = new string[header.Values.Count];
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                // A byte-order mark read as text (a reader that did not detect it) is not part of the first name.
                string name = (i == 0 ? header.Values[i].TrimStart('\uFEFF') : header.Values[i]).Trim();
                if (name.Length == 0)
                {
                    throw new BatchInputException(_source, header.Line, header.Columns[i], string.Format(CultureInfo.InvariantCulture, "Column {0} of the header has no name.", i + 1));
                }

                if (seen.TryGetValue(name, out int first))
                {
                    throw new BatchInputException(
                        _source,
                        header.Line,
                        header.Columns[i],
                        string.Format(CultureInfo.InvariantCulture, "The column name '{0}' is used twice (columns {1} and {2}).", Echo(name), first + 1, i + 1));
                }

                seen[name] = i;
                names[i] = name;
            }

            return names;
        }

        private async ValueTask<CsvRecord?> ReadRecordAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                if (!await EnsureAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                // A blank line is not a record (RFC 4180 would make it one empty value; spreadsheets leave them).
                char first = _buffer[_position];
                if (first == '\n' || first == '\r')
                {
                    await ReadLineBreakAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var record = new CsvRecord(_line);
                while (true)
                {
                    record.Columns.Add(_column);
                    record.Values.Add(await ReadValueAsync(cancellationToken).ConfigureAwait(false));
                    if (!await EnsureAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return record;
                    }

                    char next = _buffer[_position];
                    if (next == ',')
                    {
                        Advance(next);
                        continue;
                    }

                    await ReadLineBreakAsync(cancellationToken).ConfigureAwait(false);
                    return record;
                }
            }
        }

        /// <summary>Reads one value, stopping before the comma, line break or end that follows it.</summary>
        private async ValueTask<string> ReadValueAsync(CancellationToken cancellationToken)
        {
            _value.Clear();
            if (!await EnsureAsync(cancellationToken).ConfigureAwait(false) || _buffer[_position] != '"')
            {
                while (await EnsureAsync(cancellationToken).ConfigureAwait(false))
                {
                    char c = _buffer[_position];
                    if (c == ',' || c == '\n' || c == '\r')
                    {
                        break;
                    }

                    if (c == '"')
                    {
                        throw Error(_line, _column, "A quote inside a value that does not start with one; put the whole value in quotes and double the quote inside (\"say \"\"hi\"\"\").");
                    }

                    Append(c, _line);
                    Advance(c);
                }

                return _value.ToString();
            }

            int openLine = _line;
            int openColumn = _column;
            Advance('"');
            while (true)
            {
                if (!await EnsureAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw Error(openLine, openColumn, "This quoted value is never closed: the file ends inside it.");
                }

                char c = _buffer[_position];
                if (c == '"')
                {
                    Advance(c);
                    if (await EnsureAsync(cancellationToken).ConfigureAwait(false) && _buffer[_position] == '"')
                    {
                        Append('"', openLine);
                        Advance('"');
                        continue;
                    }

                    if (await EnsureAsync(cancellationToken).ConfigureAwait(false))
                    {
                        char after = _buffer[_position];
                        if (after != ',' && after != '\n' && after != '\r')
                        {
                            throw Error(_line, _column, "Text after the closing quote of a value; a comma or the end of the line must follow it (double a quote meant inside the value).");
                        }
                    }

                    return _value.ToString();
                }

                Append(c, openLine);
                Advance(c);
            }
        }

        private void Append(char c, int startLine)
        {
            if (_value.Length >= MaxValueLength)
            {
                throw Error(startLine, 1, string.Format(CultureInfo.InvariantCulture, "A value on this line is longer than {0:N0} characters (a quote that was never closed?).", MaxValueLength));
            }

            _value.Append(c);
        }

        private async ValueTask ReadLineBreakAsync(CancellationToken cancellationToken)
        {
            char c = _buffer[_position];
            Advance(c);
            if (c == '\r' && await EnsureAsync(cancellationToken).ConfigureAwait(false) && _buffer[_position] == '\n')
            {
                Advance('\n');
            }
        }

        /// <summary>Moves past <paramref name="c"/>, counting lines: CR, LF and CRLF each end one line.</summary>
        private void Advance(char c)
        {
            _position++;
            if (c == '\n' && _afterCr)
            {
                _afterCr = false;
                return;
            }

            _afterCr = c == '\r';
            if (c == '\n' || c == '\r')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }
        }

        private async ValueTask<bool> EnsureAsync(CancellationToken cancellationToken)
        {
            if (_position < _length)
            {
                return true;
            }

            if (_ended)
            {
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            _length = await _reader.ReadAsync(_buffer, 0, _buffer.Length).ConfigureAwait(false);
            _position = 0;
            if (_length == 0)
            {
                _ended = true;
                return false;
            }

            return true;
        }

        private BatchInputException Error(int line, int column, string problem) => new BatchInputException(_source, line, column, problem);

        private static string Echo(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "...";

        private sealed class CsvRecord
        {
            public CsvRecord(int line)
            {
                Line = line;
            }

            public int Line { get; }

            public List<string> Values { get; } = new List<string>();

            public List<int> Columns { get; } = new List<int>();
        }
    }
}
