using System;

namespace AiStudios.Validation
{
    /// <summary>One problem <see cref="ProjectValidation.Validate(Project)"/> found.</summary>
    public sealed class ValidationProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="ruleId">The rule's id, e.g. <c>AIS0004</c>; the compile-time diagnostic has the same id.</param>
        /// <param name="severity">How serious it is.</param>
        /// <param name="path">Where in the JSON payload, e.g. <c>scenes[1].clips[0].opacity</c>.</param>
        /// <param name="message">What is wrong and how to fix it, for a person.</param>
        public ValidationProblem(string ruleId, ValidationSeverity severity, string path, string message)
        {
            RuleId = ruleId ?? throw new ArgumentNullException(nameof(ruleId));
            Severity = severity;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Message = message ?? throw new ArgumentNullException(nameof(message));
        }

        /// <summary>The rule's id, e.g. <c>AIS0004</c>; documented under <c>docs/diagnostics/</c>.</summary>
        public string RuleId { get; }

        /// <summary>How serious the problem is.</summary>
        public ValidationSeverity Severity { get; }

        /// <summary>Where in the JSON payload the problem is, e.g. <c>scenes[1].clips[0].opacity</c>; empty for the project itself.</summary>
        public string Path { get; }

        /// <summary>What is wrong and how to fix it.</summary>
        public string Message { get; }

        /// <summary>The problem on one line: <c>error AIS0004 at scenes[0].clips[1].opacity: ...</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string severity = Severity switch
            {
                ValidationSeverity.Error => "error",
                ValidationSeverity.Warning => "warning",
                _ => "info",
            };
            string where = Path.Length == 0 ? "the project" : Path;
            return $"{severity} {RuleId} at {where}: {Message}";
        }
    }
}
