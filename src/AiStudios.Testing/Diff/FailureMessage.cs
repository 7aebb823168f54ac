using System;
using System.Globalization;
using System.IO;
using System.Text;
using AiStudios.Testing.Files;
using AiStudios.Testing.Json;

namespace AiStudios.Testing.Diff
{
    /// <summary>The words of a failed snapshot: what to look at, what changed, how to accept it.</summary>
    internal static class FailureMessage
    {
        private const int MaxValueLength = 200;
        private const int MaxDiffLines = 40;
        private const int MaxLength = 12000;

        public static string NoVerifiedFile(SnapshotFiles files, string? ciMarker, string? writeProblem)
        {
            var text = new StringBuilder();
            text.Append("No verified snapshot ").Append(Path.GetFileName(files.VerifiedPath)).Append(" yet.\n");
            AppendFiles(text, files, verifiedExists: false, writeProblem);
            text.Append("\nReview the received file. If it is what the test should produce, accept it:\n");
            AppendHowToAccept(text, files, ciMarker);
            return text.ToString();
        }

        public static string Mismatch(SnapshotFiles files, string verifiedText, string receivedText, JsonTree received, int maxDifferences, string? ciMarker, string? writeProblem, out int differenceCount)
        {
            var text = new StringBuilder();
            JsonDiff? diff = null;
            string? unreadable = null;
            try
            {
                diff = JsonDiff.Compare(JsonTreeReader.Read(verifiedText), received, maxDifferences);
            }
            catch (ArgumentException e)
            {
                unreadable = e.Message;
            }

            differenceCount = diff?.Count ?? 0;
            text.Append("Snapshot ").Append(Path.GetFileName(files.VerifiedPath)).Append(" does not match: ");
            if (diff is null)
            {
                text.Append("the verified file is not valid JSON (").Append(unreadable).Append(").\n");
            }
            else if (diff.Count == 0)
            {
                text.Append("the values are equal, but the text differs (indentation, escaping or line breaks of an edited file).\n");
            }
            else
            {
                text.Append(diff.Count.ToString(CultureInfo.InvariantCulture)).Append(diff.Count == 1 ? " value differs.\n" : " values differ.\n");
            }

            AppendFiles(text, files, verifiedExists: true, writeProblem);
            if (diff is not null && diff.Count > 0)
            {
                text.Append('\n');
                foreach (JsonDifference difference in diff.First)
                {
                    text.Append(difference.Path);
                    if (difference.Note is not null)
                    {
                        text.Append(": ").Append(difference.Note);
                    }

                    text.Append('\n');
                    text.Append("  verified: ").Append(Show(difference.Verified)).Append('\n');
                    text.Append("  received: ").Append(Show(difference.Received)).Append('\n');
                }

                if (diff.Count > diff.First.Count)
                {
                    text.Append("... and ").Append((diff.Count - diff.First.Count).ToString(CultureInfo.InvariantCulture)).Append(" more.\n");
                }
            }

            text.Append("\nChanged lines (- verified, + received):\n");
            text.Append(LineDiff.Describe(verifiedText, receivedText, MaxDiffLines));
            var accept = new StringBuilder("\nIf the change is intended, accept it:\n");
            AppendHowToAccept(accept, files, ciMarker);
            return Cap(text.ToString()) + accept;
        }

        private static void AppendFiles(StringBuilder text, SnapshotFiles files, bool verifiedExists, string? writeProblem)
        {
            text.Append("  verified: ").Append(files.VerifiedPath).Append(verifiedExists ? "\n" : " (missing)\n");
            text.Append("  received: ").Append(files.ReceivedPath);
            text.Append(writeProblem is null ? " (written by this run)\n" : " (could not be written: " + writeProblem + ")\n");
        }

        private static void AppendHowToAccept(StringBuilder text, SnapshotFiles files, string? ciMarker)
        {
            text.Append("  - run the tests again with the environment variable ").Append(SnapshotEnvironment.AcceptVariable)
                .Append("=1 (e.g. ").Append(SnapshotEnvironment.AcceptVariable).Append("=1 dotnet test), or set SnapshotSettings.AcceptChanges;\n");
            text.Append("  - or move ").Append(Path.GetFileName(files.ReceivedPath)).Append(" over ").Append(Path.GetFileName(files.VerifiedPath)).Append(";\n");
            text.Append("  then commit the .verified.json file.");
            if (ciMarker is not null)
            {
                text.Append("\nThis is a build server (").Append(ciMarker).Append("): snapshots are never accepted here, whatever ")
                    .Append(SnapshotEnvironment.AcceptVariable).Append(" or AcceptChanges say. Accept on your machine and commit the verified file.");
            }
        }

        private static string Show(string? value)
        {
            if (value is null)
            {
                return "(none)";
            }

            return value.Length <= MaxValueLength ? value : value.Substring(0, MaxValueLength) + "... (" + value.Length.ToString(CultureInfo.InvariantCulture) + " characters)";
        }

        private static string Cap(string message) =>
            message.Length <= MaxLength ? message : message.Substring(0, MaxLength) + "\n... (cut; compare the two files)\n";
    }
}
