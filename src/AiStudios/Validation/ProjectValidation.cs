using System;
using System.Collections.Generic;
using System.Globalization;

namespace AiStudios.Validation
{
    /// <summary>Checks a project against the schema and the service's rules before it is sent.</summary>
    public static class ProjectValidation
    {
        /// <summary>
        /// Finds every problem in <paramref name="project"/>: each with a rule id, a severity, the JSON
        /// path and a message. Never throws, whatever the project holds.
        /// </summary>
        /// <param name="project">The project, built in code or read from JSON.</param>
        /// <returns>The problems; empty when there are none.</returns>
        public static ValidationReport Validate(this Project project)
        {
            var problems = new List<ValidationProblem>();
            if (project is null)
            {
                problems.Add(new ValidationProblem("AIS1001", ValidationSeverity.Error, string.Empty, "There is no project to validate (null)."));
                return new ValidationReport(problems);
            }

            try
            {
                ValidateScenes(project, problems);
            }
            catch (Exception e)
            {
                // A safety net: a validator that throws would be worse than one that misses a problem.
                problems.Add(new ValidationProblem("AIS1999", ValidationSeverity.Warning, string.Empty, "Validation stopped early: " + e.Message));
            }

            return new ValidationReport(problems);
        }

        // A first, partial rule set; the shared rule engine (also used by the analyzers) replaces it.
        private static void ValidateScenes(Project project, List<ValidationProblem> problems)
        {
            if (project.Scenes is null || project.Scenes.Count == 0)
            {
                problems.Add(new ValidationProblem("AIS1001", ValidationSeverity.Error, "scenes", "The project needs at least one scene."));
                return;
            }

            for (int s = 0; s < project.Scenes.Count; s++)
            {
                Scene? scene = project.Scenes[s];
                if (scene?.Clips is null)
                {
                    continue;
                }

                var ids = new HashSet<string>(StringComparer.Ordinal);
                for (int c = 0; c < scene.Clips.Count; c++)
                {
                    Clip? clip = scene.Clips[c];
                    if (clip is null)
                    {
                        continue;
                    }

                    string path = string.Format(CultureInfo.InvariantCulture, "scenes[{0}].clips[{1}]", s, c);
                    CheckPositive(clip.Width, path + ".width", problems);
                    CheckPositive(clip.Height, path + ".height", problems);
                    if (clip.Opacity is int opacity && (opacity < 1 || opacity > 100))
                    {
                        problems.Add(new ValidationProblem("AIS0004", ValidationSeverity.Error, path + ".opacity", $"opacity is {opacity}; it must be 1 to 100."));
                    }

                    if (clip.Id is not null && !ids.Add(clip.Id))
                    {
                        problems.Add(new ValidationProblem("AIS0006", ValidationSeverity.Error, path + ".id", $"Another clip of this scene already has the id '{clip.Id}'."));
                    }

                    if (clip is AvatarClip avatar && avatar.Model?.AvatarId is string avatarId && !AvatarCatalog.Default.TryGet(avatarId, out _))
                    {
                        problems.Add(new ValidationProblem("AIS0011", ValidationSeverity.Error, path + ".model.ai_name", $"The avatar '{avatarId}' is not in the catalog."));
                    }
                }
            }
        }

        private static void CheckPositive(double value, string path, List<ValidationProblem> problems)
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                problems.Add(new ValidationProblem("AIS0003", ValidationSeverity.Error, path, $"{path} is {value.ToString(CultureInfo.InvariantCulture)}; it must be a finite number above 0."));
            }
        }
    }
}
