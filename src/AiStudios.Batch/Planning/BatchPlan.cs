using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AiStudios.Batch.Planning
{
    /// <summary>
    /// A batch checked before anything is sent (<see cref="BatchPlanner.PlanAsync"/>): every row rendered into its
    /// project and validated, and every issue found, per row. A plan with errors does not run unless its invalid rows
    /// are skipped (<see cref="Execution.BatchOptions.SkipInvalidRows"/>; batch-wide errors are never skipped).
    /// </summary>
    public sealed class BatchPlan
    {
        internal BatchPlan(string sourceName, string templateDescription, IReadOnlyList<PlannedItem> items, IReadOnlyList<BatchIssue> issues, string fingerprint)
        {
            SourceName = sourceName;
            TemplateDescription = templateDescription;
            Items = items;
            Issues = issues;
            Fingerprint = fingerprint;
        }

        /// <summary>The data source's name.</summary>
        public string SourceName { get; }

        /// <summary>Where the template came from.</summary>
        public string TemplateDescription { get; }

        /// <summary>Every issue, in row order (batch-wide issues first).</summary>
        public IReadOnlyList<BatchIssue> Issues { get; }

        /// <summary>The number of rows read.</summary>
        public int RowCount => Items.Count;

        /// <summary>Rows that can be sent.</summary>
        public int ValidRowCount => Items.Count(i => i.IsValid);

        /// <summary>Rows with at least one error.</summary>
        public int InvalidRowCount => Items.Count(i => !i.IsValid);

        /// <summary>Whether any issue is an error.</summary>
        public bool HasErrors => Issues.Any(i => i.Severity == BatchIssueSeverity.Error);

        /// <summary>Whether an error concerns the whole batch (the template or the mapping): skipping rows cannot help.</summary>
        public bool HasBatchErrors => Issues.Any(i => i.Severity == BatchIssueSeverity.Error && i.RowNumber == 0);

        /// <summary>
        /// A hash of the template, the mapping's effect and every row's project: the same files give the same
        /// fingerprint, so a ledger knows a batch it has seen (and refuses to mix a changed one into it).
        /// </summary>
        public string Fingerprint { get; }

        internal IReadOnlyList<PlannedItem> Items { get; }

        /// <summary>
        /// Every row as a ledger takes it: number, key, the project's JSON (without the correlation marker), and why
        /// it is skipped for an invalid row (whose payload is null). The local runner opens its ledger with these; a
        /// distributed runner (one worker per item) seeds its items with them.
        /// </summary>
        /// <returns>One seed per row, in row order.</returns>
        public IReadOnlyList<Ledger.BatchItemSeed> ToItemSeeds() =>
            Items.Select(i => new Ledger.BatchItemSeed(i.Number, i.Key, i.Payload, i.IsValid ? null : i.InvalidReason)).ToList();

        /// <summary>
        /// The issues as problem lines: errors one per line (at most <paramref name="maxLines"/>, then how many more),
        /// warnings that repeat on many rows grouped into one line with their count.
        /// </summary>
        /// <param name="maxLines">How many error lines at most.</param>
        /// <returns>The lines.</returns>
        public IReadOnlyList<string> Describe(int maxLines = 50)
        {
            var lines = new List<string>();
            var errors = Issues.Where(i => i.Severity == BatchIssueSeverity.Error).ToList();
            foreach (BatchIssue error in errors.Take(maxLines))
            {
                lines.Add(error.ToString());
            }

            if (errors.Count > maxLines)
            {
                lines.Add(string.Format(CultureInfo.InvariantCulture, "... and {0:N0} more error(s).", errors.Count - maxLines));
            }

            // A column unused on 10,000 rows is one line, not 10,000.
            foreach (var group in Issues.Where(i => i.Severity == BatchIssueSeverity.Warning).GroupBy(i => (i.Code, i.Column, Message: i.Column is null ? i.Message : null)))
            {
                var first = group.First();
                int count = group.Count();
                if (count == 1 || group.Key.Column is null && group.Key.Message is not null && count <= 3)
                {
                    lines.AddRange(group.Select(i => i.ToString()));
                    continue;
                }

                var rows = group.Select(i => i.RowNumber).ToList();
                lines.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}: warning {1}: {2} ({3:N0} rows: {4})",
                    first.Source,
                    first.Code,
                    Generalize(first),
                    count,
                    Ranges(rows)));
            }

            return lines;
        }

        /// <summary>A one-line summary: <c>10,000 rows: 9,998 valid, 2 invalid; 3 errors, 10,000 warnings.</c></summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            string.Format(
                CultureInfo.InvariantCulture,
                "{0:N0} rows: {1:N0} valid, {2:N0} invalid; {3:N0} error(s), {4:N0} warning(s).",
                RowCount,
                ValidRowCount,
                InvalidRowCount,
                Issues.Count(i => i.Severity == BatchIssueSeverity.Error),
                Issues.Count(i => i.Severity == BatchIssueSeverity.Warning));

        private static string Generalize(BatchIssue issue) => issue.Message;

        private static string Ranges(List<long> rows)
        {
            var text = new StringBuilder();
            int shown = 0;
            for (int i = 0; i < rows.Count && shown < 5; shown++)
            {
                int j = i;
                while (j + 1 < rows.Count && rows[j + 1] == rows[j] + 1)
                {
                    j++;
                }

                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                text.Append(rows[i].ToString(CultureInfo.InvariantCulture));
                if (j > i)
                {
                    text.Append('-').Append(rows[j].ToString(CultureInfo.InvariantCulture));
                }

                i = j + 1;
                if (shown == 4 && i < rows.Count)
                {
                    text.Append(", ...");
                }
            }

            return text.ToString();
        }
    }
}
