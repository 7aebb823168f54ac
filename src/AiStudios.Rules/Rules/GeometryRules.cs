using System;
using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// Where a clip is drawn (docs/geometry.md): sizes that draw nothing (AIS0003), a clip wholly
    /// off the canvas (AIS0001) or mostly off it (AIS0002). Audio clips and voice-only avatars
    /// are not drawn and are not judged.
    /// </summary>
    internal static class GeometryRules
    {
        private static readonly string[] SizeProperties = { Wire.Width, Wire.Height, Wire.ScaleX, Wire.ScaleY };

        private enum Verdict
        {
            Inside,
            MostlyOutside,
            Outside,
        }

        public static void Check(RuleRun run, RuleObject clip, TypeFacts type, string path)
        {
            if (!CheckSizes(run, clip, path) || clip.IsOpen || run.Canvases.Count == 0 || Measure(run, clip) is not DrawnClip drawn)
            {
                return;
            }

            DrawnBox box = drawn.Box;
            double width = drawn.Width, height = drawn.Height, left = drawn.Left, top = drawn.Top;
            string? note = drawn.Note;

            // Report only what holds on every canvas the project may have: one when the orientation is known.
            Verdict verdict = Verdict.Outside;
            double insideShare = 0;
            foreach (CanvasSize canvas in run.Canvases)
            {
                double share = box.AreaOn(canvas.Width, canvas.Height) / box.Area;
                Verdict onThis = share <= 1e-9 ? Verdict.Outside : share < 0.5 ? Verdict.MostlyOutside : Verdict.Inside;
                if (onThis < verdict)
                {
                    verdict = onThis;
                }

                insideShare = Math.Max(insideShare, share);
            }

            if (verdict == Verdict.Inside)
            {
                return;
            }

            string where = DescribeCanvases(run.Canvases);
            string size = $"its drawn box ({NumberText.Measure(width)} x {NumberText.Measure(height)} px{note})";
            string extent = box.IsFinite
                ? $"{size} spans x {NumberText.Measure(box.MinX)} to {NumberText.Measure(box.MaxX)} and y {NumberText.Measure(box.MinY)} to {NumberText.Measure(box.MaxY)}"
                : $"{size} starts at ({NumberText.Measure(left)}, {NumberText.Measure(top)}) and reaches past the largest number a double holds";
            RuleProblem problem = verdict == Verdict.Outside
                ? run.Report(RuleIds.ClipOutsideCanvas, path, $"The clip is drawn wholly outside {where}: {extent}. Move it inside with left/top (Position in the builder).", clip)
                : run.Report(RuleIds.ClipMostlyOutsideCanvas, path, $"{NumberText.Percent((1 - insideShare) * 100, 50, 100)}% of the clip lies outside {where}: {extent}. Move it or make it smaller.", clip);

            if (run.Canvases.Count == 1 && box.IsFinite)
            {
                AddMoveFix(problem, clip, box, left, top, run.Canvases[0]);
            }
        }

        /// <summary>
        /// Where the clip is drawn (docs/geometry.md), or null when it is not drawn (audio, voice only)
        /// or its numbers make no box of some area (a size that is not a positive finite number, an
        /// avatar whose editor scale is not known). The one definition of the drawn box: the rules
        /// judge it and the SDK's ClipGeometry (the storyboard preview) draws it.
        /// </summary>
        public static DrawnClip? Measure(RuleRun run, RuleObject clip)
        {
            if (!IsDrawn(clip)
                || !TryGetDrawnSize(run, clip, out double width, out double height, out double editorScale, out string? note)
                || !TryGetNumber(clip, Wire.Left, 0, out double left)
                || !TryGetNumber(clip, Wire.Top, 0, out double top)
                || !TryGetNumber(clip, Wire.Angle, 0, out double angle))
            {
                return null;
            }

            DrawnBox box = DrawnBox.Create(left, top, width, height, angle);
            return box.Area > 0 && NumberText.IsFinite(box.Area) ? new DrawnClip(box, left, top, width, height, angle, editorScale, note) : null;
        }

        /// <summary>AIS0003 for each size property that is zero, negative, NaN or infinite; false when any is.</summary>
        private static bool CheckSizes(RuleRun run, RuleObject clip, string path)
        {
            bool valid = true;
            foreach (string name in SizeProperties)
            {
                if (clip[name] is { Kind: RuleValueKind.Number } value && !(value.Number > 0 && NumberText.IsFinite(value.Number)))
                {
                    valid = false;
                    string what = name is Wire.Width or Wire.Height ? "a clip's " + name : "a scale";
                    run.Report(
                        RuleIds.InvalidClipSize,
                        RulePath.Property(path, name),
                        $"'{name}' is {NumberText.Show(value.Number)}; {what} must be a finite number above 0, or nothing is drawn.",
                        value);
                }
            }

            return valid;
        }

        /// <summary>Audio clips and voice-only avatars take no room on the canvas.</summary>
        public static bool IsDrawn(RuleObject clip) =>
            clip.String("type") != Wire.AudioType
            && !(clip[Wire.VoiceOnly] is { Kind: RuleValueKind.Boolean, Boolean: true });

        /// <summary>width x scaleX by height x scaleY; an avatar's by its editor scale too (its width and height are its image's).</summary>
        private static bool TryGetDrawnSize(RuleRun run, RuleObject clip, out double width, out double height, out double factor, out string? note)
        {
            width = height = 0;
            factor = 1;
            note = null;
            if (!TryGetNumber(clip, Wire.Width, double.NaN, out double w) || double.IsNaN(w)
                || !TryGetNumber(clip, Wire.Height, double.NaN, out double h) || double.IsNaN(h)
                || !TryGetNumber(clip, Wire.ScaleX, 1, out double scaleX)
                || !TryGetNumber(clip, Wire.ScaleY, 1, out double scaleY))
            {
                return false;
            }

            if (clip.String("type") == Wire.AvatarType)
            {
                if (!TryGetEditorScale(run, clip, out factor))
                {
                    return false;
                }

                note = $", as width x scaleX x model.editor.scale {NumberText.Show(factor)}";
            }

            width = w * scaleX * factor;
            height = h * scaleY * factor;
            return true;
        }

        /// <summary>The clip's own <c>model.editor.scale</c>, else the catalog's for its avatar and clothes.</summary>
        public static bool TryGetEditorScale(RuleRun run, RuleObject clip, out double scale)
        {
            scale = 1;
            RuleObject? model = clip.Object(Wire.Model);
            if (model is null)
            {
                return false;
            }

            RuleValue? own = model.Object(Wire.Editor)?[Wire.Scale];
            if (own is not null)
            {
                scale = own.Number;
                return own.Kind == RuleValueKind.Number && own.Number > 0 && NumberText.IsFinite(own.Number);
            }

            string? avatarId = AvatarRules.AvatarIdOf(run, model);
            AvatarFacts? avatar = avatarId is null ? null : run.Engine.Avatars.Find(avatarId);
            if (avatar is null)
            {
                return false;
            }

            RuleValue? clothesValue = AvatarRules.ClothesValueOf(run, model);
            ClothesFacts? clothes = clothesValue is null ? avatar.DefaultClothes
                : clothesValue.Kind == RuleValueKind.String ? avatar.FindClothes(clothesValue.Text!) : null;
            if (clothes?.EditorScale is double catalogScale && catalogScale > 0)
            {
                scale = catalogScale;
                return true;
            }

            return false;
        }

        /// <summary>The number at <paramref name="name"/>, <paramref name="absent"/> when it is not there; false when it is there but not a finite number.</summary>
        private static bool TryGetNumber(RuleObject clip, string name, double absent, out double value)
        {
            RuleValue? entry = clip[name];
            value = entry is null ? absent : entry.Number;
            return entry is null || (entry.Kind == RuleValueKind.Number && NumberText.IsFinite(entry.Number));
        }

        /// <summary>The smallest move that brings the box inside (centred on an axis where it is larger than the canvas).</summary>
        private static void AddMoveFix(RuleProblem problem, RuleObject clip, DrawnBox box, double left, double top, CanvasSize canvas)
        {
            double dx = Shift(box.MinX, box.MaxX, canvas.Width);
            double dy = Shift(box.MinY, box.MaxY, canvas.Height);
            problem.Fix[FixKeys.Left] = NumberText.Literal(Math.Round(left + dx, 2));
            problem.Fix[FixKeys.Top] = NumberText.Literal(Math.Round(top + dy, 2));
            if (clip[Wire.Left] is RuleValue leftValue)
            {
                problem.FixTargets[FixKeys.Left] = leftValue;
            }

            if (clip[Wire.Top] is RuleValue topValue)
            {
                problem.FixTargets[FixKeys.Top] = topValue;
            }
        }

        private static double Shift(double min, double max, double size)
        {
            double extent = max - min;
            double target = extent >= size ? (size - extent) / 2 : Math.Min(Math.Max(min, 0), size - extent);
            return target - min;
        }

        private static string DescribeCanvases(IReadOnlyList<CanvasSize> canvases) =>
            canvases.Count == 1
                ? $"the {NumberText.Show(canvases[0].Width)} x {NumberText.Show(canvases[0].Height)} {canvases[0].Orientation} canvas"
                : "every canvas (" + string.Join(", ", canvases.Select(c => $"{c.Orientation} {NumberText.Show(c.Width)} x {NumberText.Show(c.Height)}")) + ")";
    }
}
