using AiStudios.Validation;

namespace AiStudios.Cli.Checking
{
    /// <summary>One problem of one file, located: what every report format writes.</summary>
    internal sealed class FileProblem
    {
        public FileProblem(string file, int line, int column, ValidationSeverity severity, string ruleId, string message, string jsonPath)
        {
            File = file;
            Line = line;
            Column = column;
            Severity = severity;
            RuleId = ruleId;
            Message = message;
            JsonPath = jsonPath;
        }

        /// <summary>The file as the user named it (relative paths stay relative), with forward slashes.</summary>
        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public ValidationSeverity Severity { get; }

        public string RuleId { get; }

        public string Message { get; }

        /// <summary><c>$</c> or <c>$.scenes[0].clips[2]</c>.</summary>
        public string JsonPath { get; }

        public string SeverityText => Severity switch
        {
            ValidationSeverity.Error => "error",
            ValidationSeverity.Warning => "warning",
            _ => "info",
        };
    }
}
