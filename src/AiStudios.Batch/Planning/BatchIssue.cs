using System;
using System.Globalization;

namespace AiStudios.Batch.Planning
{
    /// <summary>How bad a <see cref="BatchIssue"/> is.</summary>
    public enum BatchIssueSeverity
    {
        /// <summary>Worth knowing; the row is sent.</summary>
        Warning,

        /// <summary>The row (or, for batch-wide issues, every row) cannot be sent.</summary>
        Error,
    }

    /// <summary>
    /// A problem found while planning a batch, before anything was sent: per row (a missing or unused column, an
    /// empty or repeated key, a project that fails <c>Validate()</c>) or for the whole batch (a mapped tag no clip
    /// has). Shown as compilers show problems: <c>data.csv(12,1): error BATCH001: row 11: ...</c>.
    /// </summary>
    public sealed class BatchIssue
    {
        /// <summary>A column the mapping, a placeholder or the key names is not in the row.</summary>
        public const string MissingColumn = "BATCH001";

        /// <summary>A column of the row that nothing uses (a warning: a typo in a header or a mapping shows up this way).</summary>
        public const string UnusedColumn = "BATCH002";

        /// <summary>The row's project fails <c>project.Validate()</c> (errors), the message lists the problems.</summary>
        public const string InvalidProject = "BATCH003";

        /// <summary>The row key is used by an earlier row.</summary>
        public const string DuplicateKey = "BATCH004";

        /// <summary>The row key is empty.</summary>
        public const string EmptyKey = "BATCH005";

        /// <summary>The template or the mapping cannot work for any row (a tag no clip has, a scene that does not exist, a draft template).</summary>
        public const string TemplateProblem = "BATCH006";

        /// <summary>The row's project has validation warnings (it is sent).</summary>
        public const string ProjectWarning = "BATCH007";

        /// <summary>A mapped column is empty in this row (a warning: the clip or script gets an empty value).</summary>
        public const string EmptyValue = "BATCH008";

        /// <summary>Creates an issue.</summary>
        /// <param name="source">The data source's name (a file).</param>
        /// <param name="rowNumber">The row, from 1; 0 for the whole batch.</param>
        /// <param name="line">The row's line in the source, 0 when unknown.</param>
        /// <param name="rowKey">The row's key, when known.</param>
        /// <param name="severity">Error or warning.</param>
        /// <param name="code">One of the constants (<c>BATCH001</c>, ...).</param>
        /// <param name="message">What is wrong and what to do.</param>
        /// <param name="column">The column concerned, if one.</param>
        public BatchIssue(string source, long rowNumber, int line, string? rowKey, BatchIssueSeverity severity, string code, string message, string? column = null)
        {
            Source = source ?? throw new ArgumentNullException(nameof(source));
            RowNumber = rowNumber;
            Line = line;
            RowKey = rowKey;
            Severity = severity;
            Code = code ?? throw new ArgumentNullException(nameof(code));
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Column = column;
        }

        /// <summary>The data source's name.</summary>
        public string Source { get; }

        /// <summary>The row, from 1; 0 for an issue of the whole batch.</summary>
        public long RowNumber { get; }

        /// <summary>The row's line in the source; 0 when unknown.</summary>
        public int Line { get; }

        /// <summary>The row's key, when known.</summary>
        public string? RowKey { get; }

        /// <summary>Error or warning.</summary>
        public BatchIssueSeverity Severity { get; }

        /// <summary><c>BATCH001</c> to <c>BATCH008</c>.</summary>
        public string Code { get; }

        /// <summary>What is wrong and what to do.</summary>
        public string Message { get; }

        /// <summary>The column concerned, if one.</summary>
        public string? Column { get; }

        /// <summary>
        /// The issue as a problem line: <c>data.csv(12,1): error BATCH001: row 11: ...</c>; a row from code has no line,
        /// <c>rows: error ...</c>.
        /// </summary>
        /// <returns>The line.</returns>
        public override string ToString()
        {
            string place = Line > 0 ? string.Format(CultureInfo.InvariantCulture, "{0}({1},1)", Source, Line) : Source;
            string severity = Severity == BatchIssueSeverity.Error ? "error" : "warning";
            string row = RowNumber > 0 ? string.Format(CultureInfo.InvariantCulture, "row {0}: ", RowNumber) : string.Empty;
            return $"{place}: {severity} {Code}: {row}{Message}";
        }
    }
}
