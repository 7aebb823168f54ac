using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiStudios.Storyboards.Svg;
using AiStudios.Validation;

namespace AiStudios.Storyboards.Drawing
{
    /// <summary>
    /// One scene as an SVG 1.1 document: the background, every drawn clip in layer order at its
    /// drawn box (clipped to the canvas, as the video shows it), the parts outside the canvas
    /// hatched in red with the AIS id the rules reported, animation badges, and optionally the
    /// safe areas. Ids carry the scene's number, so several scenes can share one HTML page.
    /// </summary>
    internal sealed class ScenePainter
    {
        private const double BadgeFontSize = 18;
        private const double LabelFontSize = 22;

        private readonly SvgBuilder _svg = new SvgBuilder();
        private readonly SceneSketch _scene;
        private readonly SceneFrame _frame;
        private readonly string _id;

        private ScenePainter(SceneSketch scene)
        {
            _scene = scene;
            _frame = SceneFrame.For(scene.CanvasWidth, scene.CanvasHeight, scene.Clips.Select(c => c.Box));
            _id = "s" + scene.Number.ToString(CultureInfo.InvariantCulture) + "-";
        }

        public static string Paint(SceneSketch scene, bool safeAreas, bool asDocument)
        {
            var painter = new ScenePainter(scene);
            return painter.Write(safeAreas, asDocument);
        }

        private string Write(bool safeAreas, bool asDocument)
        {
            if (asDocument)
            {
                _svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            }

            _svg.Start("svg")
                .Attr("xmlns", "http://www.w3.org/2000/svg")
                .Attr("xmlns:xlink", "http://www.w3.org/1999/xlink")
                .Attr("version", "1.1")
                .Attr("width", _frame.ViewWidth)
                .Attr("height", _frame.ViewHeight)
                .Attr("viewBox", SvgNumber.Format(_frame.ViewX) + " " + SvgNumber.Format(_frame.ViewY) + " " + SvgNumber.Format(_frame.ViewWidth) + " " + SvgNumber.Format(_frame.ViewHeight));
            _svg.Start("title").Text(_scene.Title, 200);
            WriteDefinitions();
            if (_frame.Margin > 0)
            {
                _svg.Start("rect").Attr("x", _frame.ViewX).Attr("y", _frame.ViewY).Attr("width", _frame.ViewWidth).Attr("height", _frame.ViewHeight).Attr("fill", Palette.Margin).End();
            }

            _svg.Start("g").Attr("id", _id + "canvas").Attr("clip-path", "url(#" + _id + "canvas-area)");
            WriteBackground();
            foreach (ClipSketch clip in _scene.Clips)
            {
                WriteClip(clip);
            }

            _svg.End();
            WriteOffCanvasParts();
            _svg.Start("rect").Attr("x", 0).Attr("y", 0).Attr("width", _scene.CanvasWidth).Attr("height", _scene.CanvasHeight)
                .Attr("fill", "none").Attr("stroke", Palette.CanvasEdge).Attr("stroke-width", 2).End();
            if (safeAreas)
            {
                WriteSafeAreas();
            }

            WriteBadges();
            WriteOffCanvasLabels();
            _svg.End();
            return _svg.ToString();
        }

        private void WriteDefinitions()
        {
            _svg.Start("defs");
            _svg.Start("clipPath").Attr("id", _id + "canvas-area");
            _svg.Start("rect").Attr("x", 0).Attr("y", 0).Attr("width", _scene.CanvasWidth).Attr("height", _scene.CanvasHeight).End();
            _svg.End();
            if (_frame.Margin > 0)
            {
                // Everything in view but the canvas: the view's rectangle with the canvas cut out.
                _svg.Start("clipPath").Attr("id", _id + "off-canvas");
                _svg.Start("path")
                    .Attr("d", Rectangle(_frame.ViewX, _frame.ViewY, _frame.ViewWidth, _frame.ViewHeight) + " " + Rectangle(0, 0, _scene.CanvasWidth, _scene.CanvasHeight))
                    .Attr("clip-rule", "evenodd").End();
                _svg.End();
                _svg.Start("pattern").Attr("id", _id + "hatch").Attr("patternUnits", "userSpaceOnUse").Attr("width", 24).Attr("height", 24).Attr("patternTransform", "rotate(45)");
                _svg.Start("rect").Attr("x", 0).Attr("y", 0).Attr("width", 24).Attr("height", 24).Attr("fill", "#ffffff").End();
                _svg.Start("rect").Attr("x", 0).Attr("y", 0).Attr("width", 10).Attr("height", 24).Attr("fill", Palette.OffCanvas).End();
                _svg.End();
            }

            _svg.End();
        }

        private void WriteBackground()
        {
            double w = _scene.CanvasWidth;
            double h = _scene.CanvasHeight;
            Background? background = _scene.Background;
            bool isImage = background?.SourceUrl is { Length: > 0 } && !string.Equals(background.SourceType, "color", StringComparison.OrdinalIgnoreCase);
            SvgColor? color = isImage ? null : SvgColor.Parse(background?.SourceColor);
            _svg.Start("rect").Attr("id", _id + "background").Attr("x", 0).Attr("y", 0).Attr("width", w).Attr("height", h)
                .Attr("fill", color?.Hex ?? Palette.NeutralFill)
                .End();
            if (isImage && SafeHref(background!.SourceUrl!) is string href)
            {
                _svg.Start("image").Attr("x", 0).Attr("y", 0).Attr("width", w).Attr("height", h)
                    .Attr("preserveAspectRatio", "xMidYMid slice").Attr("xlink:href", href).End();
            }
        }

        private void WriteClip(ClipSketch clip)
        {
            _svg.Start("g")
                .Attr("id", _id + "clip-" + clip.Position.ToString(CultureInfo.InvariantCulture))
                .Attr("transform", Placement(clip.Box))
                .Attr("opacity", clip.Opacity < 1 ? SvgNumber.Format(clip.Opacity) : null);
            ClipPainter.Paint(_svg, clip.Clip, clip.Box);
            _svg.End();
        }

        /// <summary>Every part of a clip outside the canvas, hatched: what the video will not show.</summary>
        private void WriteOffCanvasParts()
        {
            List<ClipSketch> outside = _scene.Clips.Where(c => _frame.Overhangs(c.Box)).ToList();
            if (outside.Count == 0 || _frame.Margin <= 0)
            {
                return;
            }

            _svg.Start("g").Attr("id", _id + "off-canvas-parts").Attr("clip-path", "url(#" + _id + "off-canvas)");
            foreach (ClipSketch clip in outside)
            {
                _svg.Start("g").Attr("transform", Placement(clip.Box));
                _svg.Start("rect").Attr("x", 0).Attr("y", 0).Attr("width", clip.Box.Width).Attr("height", clip.Box.Height)
                    .Attr("fill", "url(#" + _id + "hatch)").Attr("stroke", Palette.OffCanvas).Attr("stroke-width", 3).End();
                _svg.End();
            }

            _svg.End();
        }

        /// <summary>The AIS id the rules reported (AIS0001, AIS0002) and the clip's id, beside its box.</summary>
        private void WriteOffCanvasLabels()
        {
            foreach (ClipSketch clip in _scene.Clips)
            {
                if (clip.OffCanvasRule is null)
                {
                    continue;
                }

                string text = clip.OffCanvasRule + " " + XmlText.Cap(clip.Clip.Id ?? "clip", 40);
                double width = EstimateWidth(text, LabelFontSize) + 16;

                // Inside the top-left of the part of the box in view: on the clip's own (hatched) area, beside what is cut off.
                double x = Math.Max(clip.Box.MinX, _frame.ViewX) + 8;
                double y = Math.Max(clip.Box.MinY, _frame.ViewY) + 8 + (LabelFontSize * 1.1);
                x = Math.Max(_frame.ViewX + 4, Math.Min(_frame.ViewX + _frame.ViewWidth - width - 4, x));
                y = Math.Min(y, _frame.ViewY + _frame.ViewHeight - (LabelFontSize * 0.5) - 4);
                _svg.Start("g").Attr("id", _id + "label-" + clip.Position.ToString(CultureInfo.InvariantCulture));
                _svg.Start("rect").Attr("x", x).Attr("y", y - (LabelFontSize * 1.1)).Attr("width", width).Attr("height", LabelFontSize * 1.5)
                    .Attr("rx", 4).Attr("fill", "#ffffff").Attr("stroke", Palette.OffCanvas).Attr("stroke-width", 2).End();
                _svg.Start("text").Attr("x", x + 8).Attr("y", y).Attr("font-size", LabelFontSize).Attr("font-family", Palette.FontFamily)
                    .Attr("font-weight", "bold").Attr("fill", Palette.OffCanvas).Text(text);
                _svg.End();
            }
        }

        /// <summary>A badge per animation at the box's top-left corner: type, duration, delay.</summary>
        private void WriteBadges()
        {
            foreach (ClipSketch clip in _scene.Clips)
            {
                if (clip.Animation is not string text)
                {
                    continue;
                }

                double width = EstimateWidth(text, BadgeFontSize) + 14;
                double x = _frame.ClampX(clip.Box.MinX + 6, 4);
                double y = _frame.ClampY(clip.Box.MinY + 6, 4);
                x = Math.Min(x, _frame.ViewX + _frame.ViewWidth - width - 4);
                y = Math.Min(y, _frame.ViewY + _frame.ViewHeight - (BadgeFontSize * 1.5) - 4);
                _svg.Start("g").Attr("id", _id + "badge-" + clip.Position.ToString(CultureInfo.InvariantCulture));
                _svg.Start("rect").Attr("x", x).Attr("y", y).Attr("width", width).Attr("height", BadgeFontSize * 1.5)
                    .Attr("rx", 6).Attr("fill", Palette.BadgeFill).Attr("stroke", Palette.BadgeEdge).Attr("stroke-width", 1.5).End();
                _svg.Start("text").Attr("x", x + 7).Attr("y", y + (BadgeFontSize * 1.1)).Attr("font-size", BadgeFontSize)
                    .Attr("font-family", Palette.FontFamily).Attr("fill", Palette.LabelText).Text(text);
                _svg.End();
            }
        }

        /// <summary>SMPTE ST 2046-1: action safe 93 %, title (graphics) safe 90 % of each side, centred.</summary>
        private void WriteSafeAreas()
        {
            _svg.Start("g").Attr("id", _id + "safe-areas").Attr("fill", "none").Attr("stroke", Palette.SafeArea).Attr("stroke-width", 2);
            foreach ((double share, string name, string dash) in new[] { (0.93, "action safe", "12 8"), (0.90, "title safe", "4 6") })
            {
                double x = _scene.CanvasWidth * (1 - share) / 2;
                double y = _scene.CanvasHeight * (1 - share) / 2;
                _svg.Start("rect").Attr("x", x).Attr("y", y).Attr("width", _scene.CanvasWidth * share).Attr("height", _scene.CanvasHeight * share)
                    .Attr("stroke-dasharray", dash).End();
                _svg.Start("text").Attr("x", x + 8).Attr("y", y + 22).Attr("font-size", 16).Attr("font-family", Palette.FontFamily)
                    .Attr("fill", Palette.SafeArea).Attr("stroke", "none").Text(name);
            }

            _svg.End();
        }

        /// <summary>Moves the origin to the box's turning corner and turns it: the clip is then drawn from (0, 0).</summary>
        private static string Placement(ClipBox box)
        {
            string move = "translate(" + SvgNumber.Format(box.Left) + " " + SvgNumber.Format(box.Top) + ")";
            return box.Angle % 360 == 0 ? move : move + " rotate(" + SvgNumber.Format(box.Angle % 360) + ")";
        }

        private static string Rectangle(double x, double y, double width, double height) =>
            "M" + SvgNumber.Format(x) + " " + SvgNumber.Format(y) + " h" + SvgNumber.Format(width) + " v" + SvgNumber.Format(height) + " h" + SvgNumber.Format(-width) + " Z";

        /// <summary>A rough text width (no font metrics here): wide enough for the labels and badges to sit in.</summary>
        private static double EstimateWidth(string text, double fontSize) => text.Length * fontSize * 0.62;

        /// <summary>Only http(s) URLs and site-relative paths are referenced; anything else (javascript:, data:) is not.</summary>
        private static string? SafeHref(string url)
        {
            string trimmed = url.Trim();
            if (trimmed.Length == 0 || trimmed.Length > 2048)
            {
                return null;
            }

            if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed;
            }

            return trimmed.StartsWith("/", StringComparison.Ordinal) && !trimmed.StartsWith("//", StringComparison.Ordinal) ? trimmed : null;
        }
    }
}
