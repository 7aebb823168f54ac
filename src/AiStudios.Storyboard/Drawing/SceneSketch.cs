using System.Collections.Generic;
using AiStudios.Validation;

namespace AiStudios.Storyboards.Drawing
{
    /// <summary>What a scene's drawing needs, worked out once from the project: the painters only draw.</summary>
    internal sealed class SceneSketch
    {
        public SceneSketch(int number, string title, double canvasWidth, double canvasHeight, Background? background, IReadOnlyList<ClipSketch> clips)
        {
            Number = number;
            Title = title;
            CanvasWidth = canvasWidth;
            CanvasHeight = canvasHeight;
            Background = background;
            Clips = clips;
        }

        /// <summary>1-based position of the scene in the project.</summary>
        public int Number { get; }

        public string Title { get; }

        public double CanvasWidth { get; }

        public double CanvasHeight { get; }

        public Background? Background { get; }

        /// <summary>The drawn clips, lowest layer first.</summary>
        public IReadOnlyList<ClipSketch> Clips { get; }
    }

    /// <summary>A drawn clip: where (its drawn box), how opaque, and what the storyboard writes beside it.</summary>
    internal sealed class ClipSketch
    {
        public ClipSketch(int position, Clip clip, ClipBox box, double opacity, string? offCanvasRule, string? animation)
        {
            Position = position;
            Clip = clip;
            Box = box;
            Opacity = opacity;
            OffCanvasRule = offCanvasRule;
            Animation = animation;
        }

        /// <summary>0-based index in the scene's <c>clips</c>.</summary>
        public int Position { get; }

        public Clip Clip { get; }

        public ClipBox Box { get; }

        /// <summary>0 to 1, from the clip's opacity percent.</summary>
        public double Opacity { get; }

        /// <summary>AIS0001 or AIS0002 when the rules reported the clip off the canvas.</summary>
        public string? OffCanvasRule { get; }

        /// <summary>The badge text of its animation (<c>fade-in 2 s, delay 1 s</c>), or null.</summary>
        public string? Animation { get; }
    }
}
