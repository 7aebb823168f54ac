using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiStudios.Validation;

namespace AiStudios.Storyboards.Drawing
{
    /// <summary>
    /// Works out every scene's sketch: drawn boxes from the SDK's <see cref="ClipGeometry"/> (the
    /// code the rules judge by), layer order, opacity, and which clips the rules found off the
    /// canvas (the problems of <c>project.Validate()</c> at a clip's path).
    /// </summary>
    internal static class Sketcher
    {
        public static SceneSketch Sketch(Scene scene, int position, int sceneCount, string projectName, (int Width, int Height) canvas, IReadOnlyList<ValidationProblem> problems, List<string> notDrawn)
        {
            string scenePath = "scenes[" + position.ToString(CultureInfo.InvariantCulture) + "]";
            var clips = new List<ClipSketch>();
            for (int i = 0; i < scene.Clips.Count; i++)
            {
                Clip? clip = scene.Clips[i];
                if (clip is null)
                {
                    continue;
                }

                ClipBox? box = clip.GetDrawnBox();
                if (box is null)
                {
                    notDrawn.Add(NotDrawn(clip, i));
                    continue;
                }

                string clipPath = scenePath + ".clips[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                string? rule = problems.FirstOrDefault(p => p.Path == clipPath && (p.RuleId == "AIS0001" || p.RuleId == "AIS0002"))?.RuleId;
                double opacity = clip.Opacity is int percent ? Math.Max(0, Math.Min(100, percent)) / 100.0 : 1;
                clips.Add(new ClipSketch(i, clip, box, opacity, rule, Badge(clip)));
            }

            // Lowest layer first; clips on the same layer (AIS0005) or without one keep their order.
            List<ClipSketch> ordered = clips.OrderBy(c => c.Clip.Layer ?? 0).ThenBy(c => c.Position).ToList();
            string title = "Scene " + (position + 1).ToString(CultureInfo.InvariantCulture) + " of " + sceneCount.ToString(CultureInfo.InvariantCulture) + ": " + projectName;
            return new SceneSketch(position + 1, title, canvas.Width, canvas.Height, scene.Background, ordered);
        }

        private static string? Badge(Clip clip)
        {
            Animation? animation = clip switch
            {
                TextClip textClip => textClip.Animation,
                ShapeClip shape => shape.Animation,
                ImageClip image => image.Animation,
                _ => null,
            };
            if (animation is null)
            {
                return null;
            }

            string type = animation.Type is AnimationType known && Enum.IsDefined(typeof(AnimationType), known) ? known.ToWireValue() : "animation";
            string text = type;
            if (animation.Duration is int duration)
            {
                text += " " + duration.ToString(CultureInfo.InvariantCulture) + " s";
            }

            if (animation.Delay is int delay && delay != 0)
            {
                text += ", delay " + delay.ToString(CultureInfo.InvariantCulture) + " s";
            }

            return text;
        }

        private static string NotDrawn(Clip clip, int position)
        {
            string what = "clips[" + position.ToString(CultureInfo.InvariantCulture) + "] " + (clip.Type ?? "clip") + " '" + (clip.Id ?? string.Empty) + "'";
            return clip switch
            {
                AudioClip audio => what + ": audio " + (ClipPainter.FileName(audio.SourceUrl) ?? "(no file)") + (audio.Volume is int volume ? ", volume " + volume.ToString(CultureInfo.InvariantCulture) : string.Empty) + " (not drawn)",
                AvatarClip { VoiceOnly: true } => what + ": voice only (not drawn)",
                _ => what + ": its size, scale or position make no box (see the problems below)",
            };
        }
    }
}
