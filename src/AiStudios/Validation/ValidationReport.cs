using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AiStudios.Validation
{
    /// <summary>Every problem found in a project, scene by scene and clip by clip. Empty when the project is fine.</summary>
    public sealed class ValidationReport : IReadOnlyList<ValidationProblem>
    {
        private readonly ValidationProblem[] _problems;

        /// <summary>Creates a report.</summary>
        /// <param name="problems">The problems found.</param>
        public ValidationReport(IEnumerable<ValidationProblem> problems)
        {
            _problems = problems?.Where(p => p is not null).ToArray() ?? new ValidationProblem[0];
        }

        /// <summary>Whether any problem is an <see cref="ValidationSeverity.Error"/>: the project should not be sent.</summary>
        public bool HasErrors => _problems.Any(p => p.Severity == ValidationSeverity.Error);

        /// <summary>The errors.</summary>
        public IEnumerable<ValidationProblem> Errors => _problems.Where(p => p.Severity == ValidationSeverity.Error);

        /// <summary>The warnings.</summary>
        public IEnumerable<ValidationProblem> Warnings => _problems.Where(p => p.Severity == ValidationSeverity.Warning);

        /// <inheritdoc/>
        public int Count => _problems.Length;

        /// <inheritdoc/>
        public ValidationProblem this[int index] => _problems[index];

        /// <inheritdoc/>
        public IEnumerator<ValidationProblem> GetEnumerator() => ((IEnumerable<ValidationProblem>)_problems).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>A summary line (<c>2 errors, 1 warning</c>) and then one line per problem.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            if (_problems.Length == 0)
            {
                return "No problems.";
            }

            int errors = Errors.Count();
            int warnings = Warnings.Count();
            int infos = _problems.Length - errors - warnings;
            var text = new StringBuilder();
            text.Append(Plural(errors, "error")).Append(", ").Append(Plural(warnings, "warning"));
            if (infos > 0)
            {
                text.Append(", ").Append(Plural(infos, "note"));
            }

            foreach (ValidationProblem problem in _problems)
            {
                text.AppendLine().Append("  ").Append(problem);
            }

            return text.ToString();
        }

        private static string Plural(int count, string noun) => count == 1 ? "1 " + noun : count + " " + noun + "s";
    }
}
