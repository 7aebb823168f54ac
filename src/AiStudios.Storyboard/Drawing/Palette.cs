namespace AiStudios.Storyboards.Drawing
{
    /// <summary>The storyboard's own colours (everything that is not the project's).</summary>
    internal static class Palette
    {
        /// <summary>Under an image background, and the background of a scene without one.</summary>
        public const string NeutralFill = "#c8ccd2";

        /// <summary>Around the canvas, where the video shows nothing.</summary>
        public const string Margin = "#f4f4f4";

        public const string CanvasEdge = "#1f2933";

        public const string Frame = "#3e4c59";

        public const string PlaceholderFill = "#e4e9ef";

        public const string PlaceholderLine = "#9aa5b1";

        public const string Silhouette = "#7b8794";

        public const string LabelText = "#1f2933";

        public const string BadgeFill = "#fff3c4";

        public const string BadgeEdge = "#c99a2e";

        /// <summary>The hatch of parts off the canvas and their labels.</summary>
        public const string OffCanvas = "#ff0000";

        public const string SafeArea = "#00a3c4";

        public const string FontFamily = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
    }
}
