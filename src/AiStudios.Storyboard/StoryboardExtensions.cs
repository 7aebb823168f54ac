using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiStudios.Storyboards.Drawing;
using AiStudios.Storyboards.Text;
using AiStudios.Validation;

namespace AiStudios
{
    /// <summary><c>project.ToStoryboard()</c>: a look at a video's layout before a paid render.</summary>
    public static class StoryboardExtensions
    {
        /// <summary>
        /// Draws the project as a storyboard: per scene an SVG with the background, every clip in
        /// layer order at its drawn box (the one the SDK's geometry rules judge: position, size,
        /// scale, the avatar's editor scale, angle) with its opacity, text in its size, colour,
        /// weight and alignment, shapes as their shape, images and videos as labelled placeholders,
        /// avatars as labelled silhouettes, animation badges, and what lies off the canvas hatched in
        /// red with the rule's id (AIS0001, AIS0002 from <c>project.Validate()</c>); and an HTML page
        /// with all scenes and their speech. Never throws for a project of any content.
        /// </summary>
        /// <param name="project">The project, built in code or read from JSON.</param>
        /// <param name="options">Safe-area overlay and title; null for the defaults.</param>
        /// <returns>The storyboard.</returns>
        public static Storyboard ToStoryboard(this Project project, StoryboardOptions? options = null)
        {
            if (project is null)
            {
                throw new ArgumentNullException(nameof(project));
            }

            options ??= new StoryboardOptions();
            ValidationReport report = project.Validate();
            (int Width, int Height) canvas = project.GetCanvasSize();
            string title = !string.IsNullOrWhiteSpace(options.Title) ? options.Title!.Trim()
                : !string.IsNullOrWhiteSpace(project.Name) ? project.Name!.Trim()
                : "Untitled project";

            int count = project.Scenes.Count;
            string digits = new string('0', Math.Max(2, count.ToString(CultureInfo.InvariantCulture).Length));
            var scenes = new List<StoryboardScene>(count);
            for (int i = 0; i < count; i++)
            {
                Scene? scene = project.Scenes[i];
                string prefix = "scenes[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                List<ValidationProblem> problems = report.Where(p => p.Path == prefix || p.Path.StartsWith(prefix + ".", StringComparison.Ordinal) || p.Path.StartsWith(prefix + "[", StringComparison.Ordinal)).ToList();
                var notDrawn = new List<string>();
                string svg;
                string inline;
                IReadOnlyList<string> speech;
                if (scene is null)
                {
                    var empty = new SceneSketch(i + 1, "Scene " + (i + 1).ToString(CultureInfo.InvariantCulture) + " (null)", canvas.Width, canvas.Height, null, Array.Empty<ClipSketch>());
                    svg = ScenePainter.Paint(empty, options.ShowSafeAreas, asDocument: true);
                    inline = ScenePainter.Paint(empty, options.ShowSafeAreas, asDocument: false);
                    speech = Array.Empty<string>();
                }
                else
                {
                    SceneSketch sketch = Sketcher.Sketch(scene, i, count, title, canvas, problems, notDrawn);
                    svg = ScenePainter.Paint(sketch, options.ShowSafeAreas, asDocument: true);
                    inline = ScenePainter.Paint(sketch, options.ShowSafeAreas, asDocument: false);
                    speech = SpeechText.Of(scene);
                }

                string fileName = "scene-" + (i + 1).ToString(digits, CultureInfo.InvariantCulture) + ".svg";
                scenes.Add(new StoryboardScene(i + 1, fileName, svg, inline, speech, notDrawn, problems));
            }

            List<ValidationProblem> projectProblems = report.Where(p => !p.Path.StartsWith("scenes[", StringComparison.Ordinal)).ToList();
            return new Storyboard(title, canvas.Width, canvas.Height, scenes, projectProblems, report);
        }
    }
}
