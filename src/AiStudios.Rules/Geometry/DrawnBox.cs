using System;
using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Validation.Rules
{
    /// <summary>A point on the canvas, in px, y down.</summary>
    internal readonly struct CanvasPoint
    {
        public CanvasPoint(double x, double y)
        {
            X = x;
            Y = y;
        }

        public double X { get; }

        public double Y { get; }
    }

    /// <summary>
    /// The area a clip covers on the canvas, as docs/geometry.md defines it: a rectangle of the
    /// drawn size whose top-left corner is at (left, top), turned clockwise by <c>angle</c>
    /// degrees about that corner (the web editor is fabric.js with its origin at the top left).
    /// </summary>
    internal sealed class DrawnBox
    {
        private DrawnBox(CanvasPoint[] corners, double area)
        {
            Corners = corners;
            Area = area;
        }

        /// <summary>The four corners, clockwise from (left, top).</summary>
        public IReadOnlyList<CanvasPoint> Corners { get; }

        public double Area { get; }

        public double MinX => Min(p => p.X);

        public double MaxX => Max(p => p.X);

        public double MinY => Min(p => p.Y);

        public double MaxY => Max(p => p.Y);

        /// <summary>Whether every corner is a finite point (a box at 1E+308 may reach past the largest double).</summary>
        public bool IsFinite => Corners.All(p => !double.IsNaN(p.X) && !double.IsInfinity(p.X) && !double.IsNaN(p.Y) && !double.IsInfinity(p.Y));

        public static DrawnBox Create(double left, double top, double width, double height, double angleDegrees)
        {
            // A turn is the same turn plus any multiple of 360 degrees; reduced first (exactly:
            // % is exact on doubles), so an angle of 1E+308 turns the box instead of making it NaN.
            double radians = (angleDegrees % 360) * Math.PI / 180;
            double cos = Math.Cos(radians);
            double sin = Math.Sin(radians);
            CanvasPoint Turn(double x, double y) => new CanvasPoint(left + (x * cos) - (y * sin), top + (x * sin) + (y * cos));
            var corners = new[] { Turn(0, 0), Turn(width, 0), Turn(width, height), Turn(0, height) };
            return new DrawnBox(corners, width * height);
        }

        /// <summary>The part of the box's area that lies on a canvas of this size (the box clipped to it).</summary>
        public double AreaOn(double canvasWidth, double canvasHeight)
        {
            List<CanvasPoint> polygon = new List<CanvasPoint>(Corners);
            polygon = ClipTo(polygon, p => p.X, 0, keepAbove: true);
            polygon = ClipTo(polygon, p => p.X, canvasWidth, keepAbove: false);
            polygon = ClipTo(polygon, p => p.Y, 0, keepAbove: true);
            polygon = ClipTo(polygon, p => p.Y, canvasHeight, keepAbove: false);
            return Math.Abs(Shoelace(polygon));
        }

        /// <summary>One step of Sutherland-Hodgman: keeps the part of a convex polygon on one side of an axis-parallel line.</summary>
        private static List<CanvasPoint> ClipTo(List<CanvasPoint> polygon, Func<CanvasPoint, double> axis, double limit, bool keepAbove)
        {
            var result = new List<CanvasPoint>(polygon.Count + 2);
            bool Inside(CanvasPoint p) => keepAbove ? axis(p) >= limit : axis(p) <= limit;
            for (int i = 0; i < polygon.Count; i++)
            {
                CanvasPoint current = polygon[i];
                CanvasPoint previous = polygon[(i + polygon.Count - 1) % polygon.Count];
                bool currentIn = Inside(current);
                bool previousIn = Inside(previous);
                if (currentIn != previousIn)
                {
                    double t = (limit - axis(previous)) / (axis(current) - axis(previous));
                    result.Add(new CanvasPoint(previous.X + (t * (current.X - previous.X)), previous.Y + (t * (current.Y - previous.Y))));
                }

                if (currentIn)
                {
                    result.Add(current);
                }
            }

            return result;
        }

        private static double Shoelace(List<CanvasPoint> polygon)
        {
            double sum = 0;
            for (int i = 0; i < polygon.Count; i++)
            {
                CanvasPoint a = polygon[i];
                CanvasPoint b = polygon[(i + 1) % polygon.Count];
                sum += (a.X * b.Y) - (b.X * a.Y);
            }

            return sum / 2;
        }

        private double Min(Func<CanvasPoint, double> axis)
        {
            double result = double.PositiveInfinity;
            foreach (CanvasPoint corner in Corners)
            {
                result = Math.Min(result, axis(corner));
            }

            return result;
        }

        private double Max(Func<CanvasPoint, double> axis)
        {
            double result = double.NegativeInfinity;
            foreach (CanvasPoint corner in Corners)
            {
                result = Math.Max(result, axis(corner));
            }

            return result;
        }
    }
}
