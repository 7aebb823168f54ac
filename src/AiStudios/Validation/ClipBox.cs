using System;
using AiStudios.Validation.Rules;

namespace AiStudios.Validation
{
    /// <summary>
    /// Where a clip is drawn on the canvas, as <c>docs/geometry.md</c> defines it and the geometry
    /// rules (AIS0001, AIS0002) judge it: a rectangle of the drawn size whose top-left corner is at
    /// (<see cref="Left"/>, <see cref="Top"/>), turned clockwise by <see cref="Angle"/> degrees
    /// about that corner. In canvas px, y down.
    /// </summary>
    public sealed class ClipBox
    {
        private readonly DrawnBox _box;

        internal ClipBox(DrawnClip drawn, double width, double height, double scaleX, double scaleY)
        {
            _box = drawn.Box;
            Left = drawn.Left;
            Top = drawn.Top;
            Width = drawn.Width;
            Height = drawn.Height;
            Angle = drawn.Angle;
            EditorScale = drawn.EditorScale;
            ScaleX = width > 0 ? drawn.Width / width : scaleX;
            ScaleY = height > 0 ? drawn.Height / height : scaleY;
        }

        /// <summary>The clip's <c>left</c> (0 when absent): x of the box's turning corner.</summary>
        public double Left { get; }

        /// <summary>The clip's <c>top</c> (0 when absent): y of the box's turning corner.</summary>
        public double Top { get; }

        /// <summary>The drawn width: <c>width x scaleX</c>, times <c>model.editor.scale</c> for an avatar.</summary>
        public double Width { get; }

        /// <summary>The drawn height: <c>height x scaleY</c>, times <c>model.editor.scale</c> for an avatar.</summary>
        public double Height { get; }

        /// <summary>The clip's <c>angle</c> in degrees (0 when absent), clockwise about (<see cref="Left"/>, <see cref="Top"/>).</summary>
        public double Angle { get; }

        /// <summary>An avatar's <c>model.editor.scale</c> (its own, else the catalog's); 1 for every other clip.</summary>
        public double EditorScale { get; }

        /// <summary>Drawn width over the clip's <c>width</c>: <c>scaleX</c>, times the editor scale for an avatar.</summary>
        public double ScaleX { get; }

        /// <summary>Drawn height over the clip's <c>height</c>: <c>scaleY</c>, times the editor scale for an avatar.</summary>
        public double ScaleY { get; }

        /// <summary>The smallest x of the turned box's corners.</summary>
        public double MinX => _box.MinX;

        /// <summary>The largest x of the turned box's corners.</summary>
        public double MaxX => _box.MaxX;

        /// <summary>The smallest y of the turned box's corners.</summary>
        public double MinY => _box.MinY;

        /// <summary>The largest y of the turned box's corners.</summary>
        public double MaxY => _box.MaxY;

        /// <summary>The share of the box's area that lies on a canvas of this size, from 0 to 1 (the rules' AIS0001 is 0, AIS0002 below 0.5).</summary>
        /// <param name="canvasWidth">The canvas width in px.</param>
        /// <param name="canvasHeight">The canvas height in px.</param>
        /// <returns>The share on the canvas.</returns>
        public double ShareOn(double canvasWidth, double canvasHeight) =>
            _box.Area > 0 ? Math.Min(1, _box.AreaOn(canvasWidth, canvasHeight) / _box.Area) : 0;

        /// <summary>The box as text: <c>203.7 x 668.7 px at (630.25, 144.6), 0°</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{NumberText.Measure(Width)} x {NumberText.Measure(Height)} px at ({NumberText.Measure(Left)}, {NumberText.Measure(Top)}), {NumberText.Show(Angle)}°";
    }
}
