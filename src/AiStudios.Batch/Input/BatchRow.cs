using System;
using System.Collections.Generic;

namespace AiStudios.Batch.Input
{
    /// <summary>One row of batch data: its values by column name, and where it came from (for problem reports).</summary>
    public sealed class BatchRow
    {
        /// <summary>Creates a row.</summary>
        /// <param name="number">The row's number among the data rows, from 1 (the header is not a row).</param>
        /// <param name="line">The line of the source the row starts on, from 1; 0 when the source has no lines.</param>
        /// <param name="values">The values by column name (ordinal, case-sensitive).</param>
        public BatchRow(long number, int line, IReadOnlyDictionary<string, string> values)
        {
            if (number < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(number), number, "Row numbers start at 1.");
            }

            Number = number;
            Line = line;
            Values = values ?? throw new ArgumentNullException(nameof(values));
        }

        /// <summary>The row's number among the data rows, from 1.</summary>
        public long Number { get; }

        /// <summary>The line of the source the row starts on (a quoted CSV value may span lines); 0 when unknown.</summary>
        public int Line { get; }

        /// <summary>The values by column name.</summary>
        public IReadOnlyDictionary<string, string> Values { get; }

        /// <summary>Row number and line.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Line > 0 ? $"row {Number} (line {Line})" : $"row {Number}";
    }
}
