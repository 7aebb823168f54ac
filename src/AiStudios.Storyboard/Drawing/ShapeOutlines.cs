using System.Text;
using AiStudios.Storyboards.Svg;

namespace AiStudios.Storyboards.Drawing
{
    /// <summary>
    /// The outline of each shape of <see cref="ShapeName"/> as SVG path data, fitted to the drawn
    /// box. Corner points are constants (fractions of the box), not computed with trigonometry,
    /// so the output is the same bytes on every machine. The service's artwork is not published:
    /// these are recognisable stand-ins of the right kind and extent.
    /// </summary>
    internal static class ShapeOutlines
    {
        private static readonly double[] Triangle = { 0.5, 0, 1, 1, 0, 1 };
        private static readonly double[] Parallelogram = { 0.25, 0, 1, 0, 0.75, 1, 0, 1 };
        private static readonly double[] Diamond = { 0.5, 0, 1, 0.5, 0.5, 1, 0, 0.5 };
        private static readonly double[] Pentagon = { 0.5, 0, 1, 0.382, 0.809, 1, 0.191, 1, 0, 0.382 };
        private static readonly double[] HexagonFlat = { 0.25, 0, 0.75, 0, 1, 0.5, 0.75, 1, 0.25, 1, 0, 0.5 };
        private static readonly double[] HexagonPointed = { 0.5, 0, 1, 0.25, 1, 0.75, 0.5, 1, 0, 0.75, 0, 0.25 };
        private static readonly double[] Octagon = { 0.293, 0, 0.707, 0, 1, 0.293, 1, 0.707, 0.707, 1, 0.293, 1, 0, 0.707, 0, 0.293 };
        private static readonly double[] Star =
        {
            0.5, 0, 0.618, 0.382, 1, 0.382, 0.691, 0.618, 0.809, 1,
            0.5, 0.764, 0.191, 1, 0.309, 0.618, 0, 0.382, 0.382, 0.382,
        };

        private static readonly double[] ArrowRight = { 0, 0.35, 0.65, 0.35, 0.65, 0, 1, 0.5, 0.65, 1, 0.65, 0.65, 0, 0.65 };
        private static readonly double[] ArrowBoth = { 0, 0.5, 0.3, 0, 0.3, 0.35, 0.7, 0.35, 0.7, 0, 1, 0.5, 0.7, 1, 0.7, 0.65, 0.3, 0.65, 0.3, 1 };

        /// <summary>What to draw for a shape: a closed outline, an ellipse, a rectangle or an open line.</summary>
        public static ShapeKind KindOf(ShapeName shape) => shape switch
        {
            ShapeName.Circle or ShapeName.Oval1 or ShapeName.Oval2 => ShapeKind.Ellipse,
            ShapeName.Square or ShapeName.Rectangle => ShapeKind.Rectangle,
            ShapeName.Line => ShapeKind.Line,
            _ => ShapeKind.Outline,
        };

        /// <summary>Path data of the shape in a box of <paramref name="width"/> x <paramref name="height"/> at the origin.</summary>
        public static string PathOf(ShapeName shape, double width, double height)
        {
            switch (shape)
            {
                case ShapeName.Line:
                    return "M0 " + SvgNumber.Format(height / 2) + " L" + SvgNumber.Format(width) + " " + SvgNumber.Format(height / 2);
                case ShapeName.Drop:
                    return Drop(width, height);
                default:
                    return Polygon(PointsOf(shape), width, height);
            }
        }

        private static double[] PointsOf(ShapeName shape) => shape switch
        {
            ShapeName.Triangle => Triangle,
            ShapeName.Parallelogram => Parallelogram,
            ShapeName.Diamond => Diamond,
            ShapeName.Pentagon => Pentagon,
            ShapeName.Hexagon1 => HexagonFlat,
            ShapeName.Hexagon2 => HexagonPointed,
            ShapeName.Polygon => Octagon,
            ShapeName.Star => Star,
            ShapeName.Arrow1 => ArrowRight,
            ShapeName.Arrow2 => ArrowBoth,
            _ => new double[] { 0, 0, 1, 0, 1, 1, 0, 1 },
        };

        private static string Polygon(double[] points, double width, double height)
        {
            var path = new StringBuilder();
            for (int i = 0; i < points.Length; i += 2)
            {
                path.Append(i == 0 ? "M" : " L").Append(SvgNumber.Format(points[i] * width)).Append(' ').Append(SvgNumber.Format(points[i + 1] * height));
            }

            return path.Append(" Z").ToString();
        }

        private static string Drop(double w, double h)
        {
            string P(double x, double y) => SvgNumber.Format(x * w) + " " + SvgNumber.Format(y * h);
            return "M" + P(0.5, 0)
                + " C" + P(0.75, 0.35) + " " + P(1, 0.5) + " " + P(1, 0.7)
                + " C" + P(1, 0.87) + " " + P(0.78, 1) + " " + P(0.5, 1)
                + " C" + P(0.22, 1) + " " + P(0, 0.87) + " " + P(0, 0.7)
                + " C" + P(0, 0.5) + " " + P(0.25, 0.35) + " " + P(0.5, 0) + " Z";
        }
    }

    internal enum ShapeKind
    {
        Outline,
        Ellipse,
        Rectangle,
        Line,
    }
}
