namespace AiStudios
{
    /// <summary>How <see cref="StoryboardExtensions.ToStoryboard(Project, StoryboardOptions?)"/> draws.</summary>
    public sealed class StoryboardOptions
    {
        /// <summary>
        /// Draws the safe areas over each scene (SMPTE ST 2046-1: action safe 93 %, title safe 90 %
        /// of the canvas, centred): keep titles inside the inner one. Off by default.
        /// </summary>
        public bool ShowSafeAreas { get; set; }

        /// <summary>The page's heading; null for the project's name (or "Untitled project").</summary>
        public string? Title { get; set; }
    }
}
