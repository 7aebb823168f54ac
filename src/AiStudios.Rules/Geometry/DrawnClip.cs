namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// A clip as it is drawn (docs/geometry.md): its drawn box and the numbers that made it. The
    /// geometry rules judge this; the SDK's public <c>ClipGeometry</c> hands it to the storyboard,
    /// so a preview draws each clip exactly where the rules say it is.
    /// </summary>
    internal sealed class DrawnClip
    {
        public DrawnClip(DrawnBox box, double left, double top, double width, double height, double angle, double editorScale, string? note)
        {
            Box = box;
            Left = left;
            Top = top;
            Width = width;
            Height = height;
            Angle = angle;
            EditorScale = editorScale;
            Note = note;
        }

        public DrawnBox Box { get; }

        /// <summary><c>left</c>, 0 when absent.</summary>
        public double Left { get; }

        /// <summary><c>top</c>, 0 when absent.</summary>
        public double Top { get; }

        /// <summary>The drawn width: width x scaleX (x model.editor.scale for an avatar).</summary>
        public double Width { get; }

        /// <summary>The drawn height: height x scaleY (x model.editor.scale for an avatar).</summary>
        public double Height { get; }

        /// <summary><c>angle</c> in degrees, clockwise about (left, top); 0 when absent.</summary>
        public double Angle { get; }

        /// <summary>An avatar's <c>model.editor.scale</c>; 1 for every other clip.</summary>
        public double EditorScale { get; }

        /// <summary>How the size was made, for messages (the avatar's editor scale), or null.</summary>
        public string? Note { get; }
    }
}
