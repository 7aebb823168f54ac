using System;
using AiStudios.Validation.Rules;

namespace AiStudios.Validation
{
    /// <summary>
    /// Where clips are drawn: the drawn box the geometry rules judge (<c>docs/geometry.md</c>),
    /// computed by the same code, for tools that show a project (the storyboard preview).
    /// </summary>
    public static class ClipGeometry
    {
        /// <summary>
        /// The clip's drawn box: its position, its size times <c>scaleX</c>/<c>scaleY</c> (and, for an
        /// avatar, <c>model.editor.scale</c>, its own or the catalog's), turned by its angle.
        /// </summary>
        /// <param name="clip">The clip.</param>
        /// <returns>
        /// The box; null when the clip is not drawn (audio, a voice-only avatar) or its numbers make
        /// no box (a size or scale that is not a positive finite number, an avatar whose editor scale
        /// is not known): the cases the geometry rules do not judge either.
        /// </returns>
        public static ClipBox? GetDrawnBox(this Clip clip)
        {
            if (clip is null)
            {
                throw new ArgumentNullException(nameof(clip));
            }

            RuleObject node = clip.ToRuleObject();
            var run = new RuleRun(ProjectValidation.Engine(), Array.Empty<CanvasSize>());
            DrawnClip? drawn = GeometryRules.Measure(run, node);
            return drawn is null ? null : new ClipBox(drawn, clip.Width, clip.Height, clip.ScaleX ?? 1, clip.ScaleY ?? 1);
        }

        /// <summary>The canvas of the project's orientation, in px; the schema's default (landscape) when it has none or one this SDK does not know.</summary>
        /// <param name="project">The project.</param>
        /// <returns>Width and height in px.</returns>
        public static (int Width, int Height) GetCanvasSize(this Project project)
        {
            if (project is null)
            {
                throw new ArgumentNullException(nameof(project));
            }

            if (project.Orientation is Orientation known && Enum.IsDefined(typeof(Orientation), known))
            {
                return (Canvas.WidthOf(known), Canvas.HeightOf(known));
            }

            CanvasFacts? canvas = ProjectValidation.Engine().Schema.Canvas;
            CanvasSize? size = canvas?.For(canvas.DefaultValue) ?? (canvas?.Sizes.Count > 0 ? canvas.Sizes[0] : null);
            return size is null ? (Canvas.LandscapeWidth, Canvas.LandscapeHeight) : ((int)size.Width, (int)size.Height);
        }
    }
}
