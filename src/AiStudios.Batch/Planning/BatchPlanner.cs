using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Input;
using AiStudios.Batch.Templates;
using AiStudios.Validation;

namespace AiStudios.Batch.Planning
{
    /// <summary>
    /// Reads every row, renders it into its project and validates it (<c>project.Validate()</c>), before anything is
    /// sent. Nothing here talks to the service.
    /// </summary>
    public static class BatchPlanner
    {
        /// <summary>How many validation problems one row's issue lists.</summary>
        private const int MaxProblemsPerRow = 5;

        /// <summary>Plans a batch.</summary>
        /// <param name="template">The design.</param>
        /// <param name="rows">The data.</param>
        /// <param name="mapping">Columns to clips and scripts; null: placeholders only, rows keyed by number.</param>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <returns>The plan, with every issue found.</returns>
        /// <exception cref="BatchInputException">The data is malformed (its place is in the message).</exception>
        public static async Task<BatchPlan> PlanAsync(BatchTemplate template, BatchRowSource rows, BatchMapping? mapping = null, CancellationToken cancellationToken = default)
        {
            if (template is null)
            {
                throw new ArgumentNullException(nameof(template));
            }

            if (rows is null)
            {
                throw new ArgumentNullException(nameof(rows));
            }

            mapping ??= new BatchMapping();
            var renderer = new RowRenderer(template, mapping);
            var issues = new List<BatchIssue>();
            foreach (string problem in renderer.TemplateProblems)
            {
                issues.Add(new BatchIssue(rows.Name, 0, 0, null, BatchIssueSeverity.Error, BatchIssue.TemplateProblem, problem));
            }

            var items = new List<PlannedItem>();
            var keys = new Dictionary<string, long>(StringComparer.Ordinal);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(template.Utf8);
            await foreach (BatchRow row in rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                PlannedItem item = PlanRow(rows.Name, row, mapping, renderer, keys, issues);
                items.Add(item);
                hash.AppendData(Encoding.UTF8.GetBytes(item.Number + "\n" + item.Key + "\n"));
                hash.AppendData(item.Payload ?? Encoding.UTF8.GetBytes("invalid"));
            }

            if (items.Count == 0)
            {
                issues.Add(new BatchIssue(rows.Name, 0, 0, null, BatchIssueSeverity.Error, BatchIssue.TemplateProblem, "The data has no rows."));
            }

            string fingerprint = Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
            return new BatchPlan(rows.Name, template.Description, items, issues, fingerprint);
        }

        private static PlannedItem PlanRow(string source, BatchRow row, BatchMapping mapping, RowRenderer renderer, Dictionary<string, long> keys, List<BatchIssue> issues)
        {
            string key = row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            BatchIssue Issue(BatchIssueSeverity severity, string code, string message, string? column = null) =>
                new BatchIssue(source, row.Number, row.Line, key, severity, code, message, column);

            var reasons = new List<string>();
            void Error(string code, string message, string? column = null)
            {
                issues.Add(Issue(BatchIssueSeverity.Error, code, message, column));
                reasons.Add(message);
            }

            if (mapping.KeyColumn is { } keyColumn)
            {
                if (!row.Values.TryGetValue(keyColumn, out string? value))
                {
                    Error(BatchIssue.MissingColumn, $"The key column '{keyColumn}' is not in this row.", keyColumn);
                }
                else if (value.Trim().Length == 0)
                {
                    Error(BatchIssue.EmptyKey, $"The key column '{keyColumn}' is empty: every row needs its own key.", keyColumn);
                }
                else
                {
                    key = value;
                }
            }

            if (keys.TryGetValue(key, out long firstRow))
            {
                Error(BatchIssue.DuplicateKey, $"The key '{Echo(key)}' is also the key of row {firstRow}: keys must be unique (they name the row in the ledger and the results).");
            }
            else if (reasons.Count == 0)
            {
                keys[key] = row.Number;
            }

            RenderedRow rendered = renderer.Render(row.Values);
            foreach (string column in rendered.Missing.OrderBy(c => c, StringComparer.Ordinal))
            {
                Error(BatchIssue.MissingColumn, $"The column '{column}' (named by the mapping or a {{{{{column}}}}} placeholder) is not in this row.", column);
            }

            foreach (string column in rendered.Empty.OrderBy(c => c, StringComparer.Ordinal))
            {
                issues.Add(Issue(BatchIssueSeverity.Warning, BatchIssue.EmptyValue, $"The column '{column}' is empty in this row.", column));
            }

            foreach (string column in row.Values.Keys.Where(c => !rendered.Used.Contains(c) && c != mapping.KeyColumn).OrderBy(c => c, StringComparer.Ordinal))
            {
                issues.Add(Issue(BatchIssueSeverity.Warning, BatchIssue.UnusedColumn, $"The column '{column}' is not used by the mapping or any placeholder.", column));
            }

            ValidationReport report = rendered.Project.Validate();
            if (report.HasErrors)
            {
                var errors = report.Errors.ToList();
                string listed = string.Join("; ", errors.Take(MaxProblemsPerRow).Select(p => p.ToString()));
                string more = errors.Count > MaxProblemsPerRow ? $"; and {errors.Count - MaxProblemsPerRow} more" : string.Empty;
                Error(BatchIssue.InvalidProject, $"The row's project is not valid ({errors.Count} error(s)): {listed}{more}.");
            }

            foreach (ValidationProblem warning in report.Warnings.Take(MaxProblemsPerRow))
            {
                issues.Add(Issue(BatchIssueSeverity.Warning, BatchIssue.ProjectWarning, warning.ToString()));
            }

            if (reasons.Count > 0)
            {
                return new PlannedItem(row.Number, row.Line, key, null, string.Join(" ", reasons));
            }

            byte[] payload;
            try
            {
                payload = rendered.Project.ToUtf8Bytes();
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or System.Text.Json.JsonException)
            {
                Error(BatchIssue.InvalidProject, "The row's project cannot be written as JSON: " + e.Message);
                return new PlannedItem(row.Number, row.Line, key, null, string.Join(" ", reasons));
            }

            return new PlannedItem(row.Number, row.Line, key, payload, null);
        }

        private static string Echo(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "...";
    }
}
