using System;
using System.Collections.Generic;
using AiStudios.Validation;

namespace AiStudios.Storyboards.Drawing
{
    /// <summary>
    /// The area a scene's SVG shows: the canvas, plus a margin on every side when a clip reaches
    /// past it, so what the video cuts off can be drawn (hatched). The margin is at most half the
    /// canvas's shorter side: a clip further out is cut at the margin's edge, its label kept inside.
    /// </summary>
    internal readonly struct SceneFrame
    {
        /// <summary>Room beyond the farthest overhang for the labels beside off-canvas parts.</summary>
        private const double LabelRoom = 120;

        /// <summary>Overhangs smaller than this (sub-pixel bleed) do not widen the view.</summary>
        private const double Tolerance = 0.5;

        private SceneFrame(double canvasWidth, double canvasHeight, double margin)
        {
            CanvasWidth = canvasWidth;
            CanvasHeight = canvasHeight;
            Margin = margin;
        }

        public double CanvasWidth { get; }

        public double CanvasHeight { get; }

        public double Margin { get; }

        public double ViewX => -Margin;

        public double ViewY => -Margin;

        public double ViewWidth => CanvasWidth + (2 * Margin);

        public double ViewHeight => CanvasHeight + (2 * Margin);

        public static SceneFrame For(double canvasWidth, double canvasHeight, IEnumerable<ClipBox> boxes)
        {
            double overhang = 0;
            foreach (ClipBox box in boxes)
            {
                overhang = Math.Max(overhang, Math.Max(Math.Max(-box.MinX, box.MaxX - canvasWidth), Math.Max(-box.MinY, box.MaxY - canvasHeight)));
            }

            double cap = Math.Min(canvasWidth, canvasHeight) / 2;
            double margin = overhang > Tolerance ? Math.Min(cap, Math.Ceiling(overhang) + LabelRoom) : 0;
            return new SceneFrame(canvasWidth, canvasHeight, margin);
        }

        /// <summary>Whether the box reaches past the canvas by more than sub-pixel bleed.</summary>
        public bool Overhangs(ClipBox box) =>
            box.MinX < -Tolerance || box.MinY < -Tolerance || box.MaxX > CanvasWidth + Tolerance || box.MaxY > CanvasHeight + Tolerance;

        public double ClampX(double x, double inset) => Math.Max(ViewX + inset, Math.Min(ViewX + ViewWidth - inset, x));

        public double ClampY(double y, double inset) => Math.Max(ViewY + inset, Math.Min(ViewY + ViewHeight - inset, y));
    }
}
