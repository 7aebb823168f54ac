using System.Collections.Generic;
using System.Net;
using System.Text;

namespace AiStudios.Storyboards.Text
{
    /// <summary>
    /// A scene's speech as a person reads it: the <c>&lt;p&gt;</c>/<c>&lt;span&gt;</c> markup of
    /// <c>scripts[].org</c> (or an avatar clip's older <c>script.org</c>) without tags, entities
    /// decoded, one line per paragraph.
    /// </summary>
    internal static class SpeechText
    {
        /// <summary>The speech of a scene: its scripts, else the per-clip scripts of its avatars.</summary>
        public static IReadOnlyList<string> Of(Scene scene)
        {
            var lines = new List<string>();
            if (scene.Scripts is { Count: > 0 } scripts)
            {
                foreach (Script script in scripts)
                {
                    AddLines(lines, script?.Text);
                }
            }
            else
            {
                foreach (Clip clip in scene.Clips)
                {
                    if (clip is AvatarClip avatar)
                    {
                        AddLines(lines, avatar.ClipScript?.Text);
                    }
                }
            }

            return lines;
        }

        /// <summary>Markup to plain text: tags dropped (a closing p or a br ends a line), entities decoded, blanks collapsed.</summary>
        public static string ToPlain(string markup)
        {
            var text = new StringBuilder(markup.Length);
            int i = 0;
            while (i < markup.Length)
            {
                char c = markup[i];
                if (c == '<')
                {
                    int close = markup.IndexOf('>', i + 1);
                    if (close < 0)
                    {
                        // A lone '<' is text (validation reports broken markup).
                        text.Append(c);
                        i++;
                        continue;
                    }

                    string tag = markup.Substring(i + 1, close - i - 1).Trim().ToLowerInvariant();
                    if (tag == "/p" || tag.StartsWith("br", System.StringComparison.Ordinal))
                    {
                        text.Append('\n');
                    }

                    i = close + 1;
                    continue;
                }

                text.Append(c);
                i++;
            }

            return WebUtility.HtmlDecode(text.ToString());
        }

        private static void AddLines(List<string> lines, string? markup)
        {
            if (string.IsNullOrWhiteSpace(markup))
            {
                return;
            }

            foreach (string line in ToPlain(markup!).Split('\n'))
            {
                string collapsed = Collapse(line);
                if (collapsed.Length > 0)
                {
                    lines.Add(collapsed);
                }
            }
        }

        private static string Collapse(string line)
        {
            var result = new StringBuilder(line.Length);
            bool blank = false;
            foreach (char c in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    blank = result.Length > 0;
                    continue;
                }

                if (blank)
                {
                    result.Append(' ');
                    blank = false;
                }

                result.Append(c);
            }

            return result.ToString();
        }
    }
}
