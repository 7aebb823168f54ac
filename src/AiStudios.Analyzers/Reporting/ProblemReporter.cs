using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiStudios.Analyzers.Diagnostics;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;

namespace AiStudios.Analyzers.Reporting
{
    /// <summary>
    /// Turns the shared rules' problems into diagnostics: the rule's message, its location in
    /// source, and in the properties what a code fix needs (the JSON path, the replacement
    /// values; the values to replace are additional locations, named by <see cref="FixTargetsKey"/>).
    /// </summary>
    internal static class ProblemReporter
    {
        public const string PathKey = "path";
        public const string FixTargetsKey = "fixTargets";

        public static void Report(IEnumerable<RuleProblem> problems, Location fallback, Action<Diagnostic> report)
        {
            foreach (RuleProblem problem in problems)
            {
                // Run-time-only rules (a required property missing) have no descriptor: code cannot be judged on them.
                if (!DiagnosticDescriptors.PayloadRules.TryGetValue(problem.RuleId, out DiagnosticDescriptor? descriptor))
                {
                    continue;
                }

                Location location = problem.Origin as Location ?? fallback;
                ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[PathKey] = problem.Path;
                var additional = new List<Location>();
                var targets = new List<string>();
                bool fixable = true;
                foreach (KeyValuePair<string, string> fix in problem.Fix)
                {
                    properties[fix.Key] = fix.Value;
                    if (!problem.FixTargets.TryGetValue(fix.Key, out RuleValue? target))
                    {
                        continue;
                    }

                    if (target.Origin is Location targetLocation && targetLocation.IsInSource)
                    {
                        if (targetLocation != location)
                        {
                            additional.Add(targetLocation);
                            targets.Add(fix.Key);
                        }
                    }
                    else if (target.Kind != RuleValueKind.Number || NumberText.Literal(target.Number) != fix.Value)
                    {
                        // A value that must change but was never written in code (a builder default): nothing to edit.
                        fixable = false;
                    }
                }

                if (problem.Fix.Count > 0 && fixable)
                {
                    properties[FixTargetsKey] = string.Join(",", targets);
                }

                // A rule may report above its default (an unknown avatar of a complete catalog is an error).
                DiagnosticSeverity severity = problem.Severity switch
                {
                    RuleSeverity.Error => DiagnosticSeverity.Error,
                    RuleSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                };
                report(severity == descriptor.DefaultSeverity
                    ? Diagnostic.Create(descriptor, location, additional, properties.ToImmutable(), problem.Message)
                    : Diagnostic.Create(descriptor, location, severity, additional, properties.ToImmutable(), problem.Message));
            }
        }
    }
}
