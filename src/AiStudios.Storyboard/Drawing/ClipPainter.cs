using System;
using System.Collections.Generic;
using System.Globalization;
using AiStudios.Storyboards.Svg;
using AiStudios.Validation;

namespace AiStudios.Storyboards.Drawing
{
    /// <summary>
    /// Draws one clip inside its drawn box: the caller has moved the origin to the box's turning
    /// corner and turned it by the clip's angle, so everything here is in the box's own px, with
    /// (0, 0) top left and (<see cref="ClipBox.Width"/>, <see cref="ClipBox.Height"/>) bottom right.
    /// </summary>
    internal static class ClipPainter
    {
        private const int MaxTextLines = 50;
        private const int MaxLineLength = 500;
        private const int MaxLabelLength = 60;

        /// <summary>Text sizes are in pt; the canvas is in px (pt : px = 3 : 4, the schema's fontSize).</summary>
        private const double PxPerPt = 4.0 / 3.0;

        /// <summary>fabric.js's default line height, in font sizes.</summary>
        private const double LineHeight = 1.16;

        public static void Paint(SvgBuilder svg, Clip clip, ClipBox box)
        {
            switch (clip)
            {
                case TextClip text:
                    PaintText(svg, text, box);
                    break;
                case ShapeClip shape:
                    PaintShape(svg, shape, box);
                    break;
                case ImageClip image:
                    PaintPlaceholder(svg, box, "image", image.SourceUrl);
                    break;
                case VideoClip video:
                    PaintPlaceholder(svg, box, "video", video.VideoUrl ?? video.SourceUrl);
                    break;
                case AvatarClip avatar:
                    PaintAvatar(svg, avatar, box);
                    break;
                default:
                    PaintPlaceholder(svg, box, clip.Type ?? "clip", null);
                    break;
            }
        }

        private static void PaintText(SvgBuilder svg, TextClip clip, ClipBox box)
        {
            if (SvgColor.Parse(clip.BackgroundColor) is SvgColor background)
            {
                Rect(svg, box.Width, box.Height).Attr("fill", background.Hex).Attr("fill-opacity", Opacity(background)).End();
            }

            Frame(svg, box);

            // The letters are drawn in the clip's own units and scaled with it, as the editor scales a text box.
            SvgColor fill = SvgColor.Parse(clip.Fill) ?? SvgColor.Solid("#000000");
            double fontPx = Math.Max(1, clip.FontSize * PxPerPt);
            string align = (clip.Align ?? "left").Trim().ToLowerInvariant();
            (string anchor, double x) = align switch
            {
                "center" => ("middle", clip.Width / 2),
                "right" => ("end", clip.Width),
                _ => ("start", 0.0),
            };

            svg.Start("g").Attr("transform", "scale(" + SvgNumber.Format(box.ScaleX) + " " + SvgNumber.Format(box.ScaleY) + ")");
            svg.Start("text")
                .Attr("x", x)
                .Attr("font-size", fontPx)
                .Attr("font-family", FontFamily(clip.FontFamily))
                .Attr("font-weight", Keyword(clip.FontWeight?.ToString(), "normal", "bold", "bolder", "lighter", "100", "200", "300", "400", "500", "600", "700", "800", "900"))
                .Attr("font-style", Keyword(clip.FontStyle, "normal", "italic", "oblique"))
                .Attr("text-decoration", clip.Underline == true ? "underline" : null)
                .Attr("text-anchor", anchor)
                .Attr("fill", fill.Hex)
                .Attr("fill-opacity", Opacity(fill));
            if (SvgColor.Parse(clip.Stroke) is SvgColor stroke && clip.StrokeWidth is int strokeWidth && strokeWidth > 0)
            {
                svg.Attr("stroke", stroke.Hex).Attr("stroke-opacity", Opacity(stroke)).Attr("stroke-width", strokeWidth);
            }

            string[] lines = (clip.Text ?? string.Empty).Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length && i < MaxTextLines; i++)
            {
                svg.Start("tspan").Attr("x", x).Attr("y", fontPx * (0.9 + (LineHeight * i)));
                svg.Text(i == MaxTextLines - 1 && lines.Length > MaxTextLines ? "\u2026" : lines[i], MaxLineLength);
            }

            svg.End().End();
        }

        private static void PaintShape(SvgBuilder svg, ShapeClip clip, ClipBox box)
        {
            SvgColor? fill = SvgColor.Parse(clip.Fill);
            SvgColor? stroke = SvgColor.Parse(clip.Stroke);
            double strokeWidth = (clip.StrokeWidth ?? 0) * Math.Sqrt(Math.Abs(box.ScaleX * box.ScaleY));
            ShapeKind kind = ShapeOutlines.KindOf(clip.Shape);
            switch (kind)
            {
                case ShapeKind.Ellipse:
                    svg.Start("ellipse").Attr("cx", box.Width / 2).Attr("cy", box.Height / 2).Attr("rx", box.Width / 2).Attr("ry", box.Height / 2);
                    break;
                case ShapeKind.Rectangle:
                    Rect(svg, box.Width, box.Height);
                    if (clip.StrokeRadius is int radius && radius > 0)
                    {
                        svg.Attr("rx", radius * box.ScaleX).Attr("ry", radius * box.ScaleY);
                    }

                    break;
                default:
                    svg.Start("path").Attr("d", ShapeOutlines.PathOf(clip.Shape, box.Width, box.Height));
                    break;
            }

            if (kind == ShapeKind.Line)
            {
                // A line is all stroke: its colour is the stroke's, else the fill's.
                SvgColor line = stroke ?? fill ?? SvgColor.Solid("#000000");
                svg.Attr("fill", "none").Attr("stroke", line.Hex).Attr("stroke-opacity", Opacity(line)).Attr("stroke-width", Math.Max(strokeWidth, Math.Max(2, box.Height / 10)));
            }
            else
            {
                SvgColor body = fill ?? SvgColor.Solid("#000000");
                svg.Attr("fill", body.Hex).Attr("fill-opacity", Opacity(body));
                if (stroke is SvgColor outline && strokeWidth > 0)
                {
                    svg.Attr("stroke", outline.Hex).Attr("stroke-opacity", Opacity(outline)).Attr("stroke-width", strokeWidth);
                }
            }

            svg.End();
        }

        private static void PaintPlaceholder(SvgBuilder svg, ClipBox box, string kind, string? url)
        {
            Rect(svg, box.Width, box.Height).Attr("fill", Palette.PlaceholderFill).Attr("stroke", Palette.PlaceholderLine).Attr("stroke-width", 2).End();
            svg.Start("path")
                .Attr("d", "M0 0 L" + SvgNumber.Format(box.Width) + " " + SvgNumber.Format(box.Height) + " M" + SvgNumber.Format(box.Width) + " 0 L0 " + SvgNumber.Format(box.Height))
                .Attr("stroke", Palette.PlaceholderLine).Attr("stroke-width", 1.5).Attr("fill", "none").End();
            string? name = FileName(url);
            Label(svg, box, name is null ? kind : kind + ": " + name);
        }

        private static void PaintAvatar(SvgBuilder svg, AvatarClip clip, ClipBox box)
        {
            double w = box.Width;
            double h = box.Height;
            double headRadius = Math.Min(w * 0.22, h * 0.09);
            svg.Start("g").Attr("fill", Palette.Silhouette).Attr("fill-opacity", 0.85);
            svg.Start("circle").Attr("cx", w / 2).Attr("cy", (h * 0.04) + headRadius).Attr("r", headRadius).End();
            double shoulders = (h * 0.06) + (2.2 * headRadius);
            svg.Start("path").Attr(
                "d",
                "M" + P(w * 0.1, h) + " L" + P(w * 0.1, shoulders + (h * 0.08))
                + " Q" + P(w * 0.1, shoulders) + " " + P(w * 0.32, shoulders)
                + " L" + P(w * 0.68, shoulders)
                + " Q" + P(w * 0.9, shoulders) + " " + P(w * 0.9, shoulders + (h * 0.08))
                + " L" + P(w * 0.9, h) + " Z").End();
            svg.End();
            Frame(svg, box);
            Label(svg, box, (clip.Model?.AvatarId ?? "avatar") + " / " + (clip.Model?.ClothesId ?? "?"));
        }

        /// <summary>A dashed outline of the drawn box, so its extent shows whatever is drawn in it.</summary>
        private static void Frame(SvgBuilder svg, ClipBox box) =>
            Rect(svg, box.Width, box.Height).Attr("fill", "none").Attr("stroke", Palette.Frame).Attr("stroke-opacity", 0.7).Attr("stroke-width", 2).Attr("stroke-dasharray", "10 6").End();

        /// <summary>A caption at the bottom of the box, sized to it.</summary>
        private static void Label(SvgBuilder svg, ClipBox box, string text)
        {
            double size = Math.Max(10, Math.Min(28, Math.Min(box.Width / 12, box.Height / 5)));
            svg.Start("text")
                .Attr("x", box.Width / 2)
                .Attr("y", Math.Max(size, box.Height - (size * 0.6)))
                .Attr("font-size", size)
                .Attr("font-family", Palette.FontFamily)
                .Attr("text-anchor", "middle")
                .Attr("fill", Palette.LabelText)
                .Text(text, MaxLabelLength);
        }

        private static SvgBuilder Rect(SvgBuilder svg, double width, double height) =>
            svg.Start("rect").Attr("x", 0).Attr("y", 0).Attr("width", width).Attr("height", height);

        private static string? Opacity(SvgColor color) => color.Opacity < 1 ? SvgNumber.Format(color.Opacity) : null;

        private static string P(double x, double y) => SvgNumber.Format(x) + " " + SvgNumber.Format(y);

        /// <summary>The file name of a URL or path (no query or fragment); null when there is none.</summary>
        internal static string? FileName(string? url)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return null;
            }

            string path = url!.Trim();
            int end = path.IndexOfAny(new[] { '?', '#' });
            if (end >= 0)
            {
                path = path.Substring(0, end);
            }

            path = path.TrimEnd('/');
            int slash = path.LastIndexOf('/');
            string name = slash >= 0 ? path.Substring(slash + 1) : path;
            return name.Length == 0 ? url.Trim() : name;
        }

        /// <summary>The font as given first, then fonts every machine has; a name that could break the attribute is left out.</summary>
        private static string FontFamily(string? family)
        {
            if (string.IsNullOrWhiteSpace(family) || family!.IndexOfAny(new[] { '\'', '"', ';', '\\', '<', '>', '&' }) >= 0 || family.Length > 64)
            {
                return Palette.FontFamily;
            }

            return "'" + family.Trim() + "', " + Palette.FontFamily;
        }

        /// <summary>The value when it is one of the CSS keywords SVG 1.1 knows; otherwise none (the default).</summary>
        private static string? Keyword(string? value, params string[] allowed)
        {
            string? normalized = value?.Trim().ToLowerInvariant();
            return normalized is not null && Array.IndexOf(allowed, normalized) >= 0 ? normalized : null;
        }
    }
}
