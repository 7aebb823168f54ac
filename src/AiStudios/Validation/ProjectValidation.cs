using System;
using System.Collections.Generic;
using AiStudios.Validation.Rules;

namespace AiStudios.Validation
{
    /// <summary>Checks a project against the schema and the service's rules before it is sent.</summary>
    public static class ProjectValidation
    {
        // The schema's facts never change while the process runs; the avatar catalog may, so the
        // engine is made again only when the catalog's facts are.
        private static readonly Lazy<SchemaFacts> Schema = new Lazy<SchemaFacts>(GeneratedSchemaFacts.Create);
        private static RuleEngine? s_engine;

        /// <summary>
        /// Finds every problem in <paramref name="project"/>: each with a rule id (the same ids the
        /// compile-time analyzers report, documented under <c>docs/diagnostics/</c>), a severity, the
        /// JSON path and a message. Covers the schema (required properties, types, enum values,
        /// ranges, formats, including raw values kept in AdditionalProperties) and the service's
        /// rules (clips on the canvas, unique ids and layers, scripts that match the avatar, known
        /// avatars). Never throws, whatever the project holds.
        /// </summary>
        /// <param name="project">The project, built in code or read from JSON.</param>
        /// <returns>The problems, scene by scene and clip by clip; empty when there are none.</returns>
        public static ValidationReport Validate(this Project project)
        {
            if (project is null)
            {
                return new ValidationReport(new[] { new ValidationProblem(RuleIds.RequiredMissing, ValidationSeverity.Error, string.Empty, "There is no project to validate (null).") });
            }

            var problems = new List<ValidationProblem>();
            try
            {
                foreach (RuleProblem problem in Engine().CheckProject(project.ToRuleObject()))
                {
                    problems.Add(new ValidationProblem(problem.RuleId, ToSeverity(problem.Severity), problem.Path, problem.Message));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The last line of defence of "never throws": a project changed by another thread
                // while it is read, say. The problems found so far are kept.
                problems.Add(new ValidationProblem(RuleIds.WrongValueType, ValidationSeverity.Error, string.Empty, "The project could not be read to the end (" + e.GetType().Name + ": " + e.Message + "); check it is not being changed while it is validated."));
            }

            return new ValidationReport(problems);
        }

        internal static RuleEngine Engine()
        {
            CatalogAvatarFacts avatars = CatalogAvatarFacts.For(AvatarCatalog.Default);
            RuleEngine? engine = System.Threading.Volatile.Read(ref s_engine);
            if (engine is null || !ReferenceEquals(engine.Avatars, avatars))
            {
                engine = new RuleEngine(Schema.Value, avatars);
                System.Threading.Volatile.Write(ref s_engine, engine);
            }

            return engine;
        }

        private static ValidationSeverity ToSeverity(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => ValidationSeverity.Error,
            RuleSeverity.Warning => ValidationSeverity.Warning,
            _ => ValidationSeverity.Info,
        };
    }
}
