using System;
using System.Globalization;

namespace AiStudios.Batch.Input
{
    /// <summary>
    /// Batch data that cannot be read: a CSV or JSON-lines file that is malformed. The message names the place as
    /// compilers do, <c>data.csv(12,7): error: ...</c>; <see cref="Line"/> and <see cref="Column"/> hold it (from 1;
    /// columns count UTF-16 code units). Nothing of a file that fails is used: a batch does not start on half its rows.
    /// </summary>
    public sealed class BatchInputException : FormatException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="source">The file (or the name given to the source).</param>
        /// <param name="line">The line, from 1.</param>
        /// <param name="column">The column, from 1.</param>
        /// <param name="problem">What is wrong, one sentence.</param>
        public BatchInputException(string source, int line, int column, string problem)
            : base(Format(source, line, column, problem))
        {
            Source = source;
            Line = line;
            Column = column;
            Problem = problem;
        }

        /// <summary>The file, or the name given to the source.</summary>
        public new string Source { get; }

        /// <summary>The line, from 1.</summary>
        public int Line { get; }

        /// <summary>The column, from 1, in UTF-16 code units.</summary>
        public int Column { get; }

        /// <summary>What is wrong, without the place.</summary>
        public string Problem { get; }

        private static string Format(string source, int line, int column, string problem) =>
            string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): error: {3}", source, line, column, problem);
    }
}
