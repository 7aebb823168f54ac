using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>One problem a rule found, with what a code fix needs to repair it.</summary>
    internal sealed class RuleProblem
    {
        public RuleProblem(string ruleId, string path, string message, object? origin, RuleSeverity? severity = null)
        {
            RuleId = ruleId;
            Severity = severity ?? RuleIds.SeverityOf(ruleId);
            Path = path;
            Message = message;
            Origin = origin;
        }

        public string RuleId { get; }

        public RuleSeverity Severity { get; }

        /// <summary>The JSON path, e.g. <c>scenes[1].clips[0].opacity</c>.</summary>
        public string Path { get; }

        public string Message { get; }

        /// <summary>Where in source the problem is: the <see cref="RuleValue.Origin"/> of the value at fault or of its nearest container.</summary>
        public object? Origin { get; }

        /// <summary>Replacement values a code fix may write, by name (<see cref="FixKeys"/>), as C# literal text.</summary>
        public Dictionary<string, string> Fix { get; } = new Dictionary<string, string>();

        /// <summary>The values a fix replaces, by the same names as <see cref="Fix"/>.</summary>
        public Dictionary<string, RuleValue> FixTargets { get; } = new Dictionary<string, RuleValue>();

        public override string ToString() => RuleId + " " + Path + ": " + Message;
    }

    /// <summary>The names under which rules leave a fix's values and code fixes find them (diagnostic properties).</summary>
    internal static class FixKeys
    {
        /// <summary>The value in range that replaces one outside it (AIS0004).</summary>
        public const string Value = "value";

        /// <summary>The catalog id that replaces an unknown one (AIS0011, AIS0012).</summary>
        public const string Suggestion = "suggestion";

        /// <summary>The left that moves a clip onto the canvas (AIS0001, AIS0002).</summary>
        public const string Left = Wire.Left;

        /// <summary>The top that moves a clip onto the canvas (AIS0001, AIS0002).</summary>
        public const string Top = Wire.Top;
    }
}
