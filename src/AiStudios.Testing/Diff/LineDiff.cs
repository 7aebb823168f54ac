using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AiStudios.Testing.Diff
{
    /// <summary>
    /// The changed lines of the two files, as a unified diff (<c>-</c> verified, <c>+</c> received)
    /// with one line of context and the line numbers of both files, cut after a number of lines.
    /// </summary>
    internal static class LineDiff
    {
        private const int Context = 1;
        private const int MaxLineLength = 160;

        public static string Describe(string verified, string received, int maxLines)
        {
            IReadOnlyList<DiffPiece> lines = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false, ignoreCase: false).Lines;

            // Which lines to show: every change and its context.
            var show = new bool[lines.Count];
            for (int i = 0; i < lines.Count; i++)
            {
                if (lines[i].Type != ChangeType.Unchanged)
                {
                    for (int j = System.Math.Max(0, i - Context); j <= System.Math.Min(lines.Count - 1, i + Context); j++)
                    {
                        show[j] = true;
                    }
                }
            }

            var text = new StringBuilder();
            int written = 0;
            int verifiedLine = 0;
            int receivedLine = 0;
            bool inHunk = false;
            for (int i = 0; i < lines.Count; i++)
            {
                DiffPiece line = lines[i];
                if (line.Type != ChangeType.Inserted)
                {
                    verifiedLine++;
                }

                if (line.Type != ChangeType.Deleted)
                {
                    receivedLine++;
                }

                if (!show[i])
                {
                    inHunk = false;
                    continue;
                }

                if (written == maxLines)
                {
                    text.Append("  ... (more changed lines; compare the two files)\n");
                    break;
                }

                if (!inHunk)
                {
                    text.Append("  @@ verified line ").Append(verifiedLine.ToString(CultureInfo.InvariantCulture))
                        .Append(", received line ").Append(receivedLine.ToString(CultureInfo.InvariantCulture)).Append(" @@\n");
                    inHunk = true;
                }

                char mark = line.Type == ChangeType.Inserted ? '+' : line.Type == ChangeType.Deleted ? '-' : ' ';
                string content = line.Text ?? "";
                if (content.Length > MaxLineLength)
                {
                    content = content.Substring(0, MaxLineLength) + "...";
                }

                text.Append("  ").Append(mark).Append(' ').Append(content).Append('\n');
                written++;
            }

            return text.ToString();
        }
    }
}
