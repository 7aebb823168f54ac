using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using AiStudios.Testing;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AiStudios.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Checked-in baselines named as Verify names them (<c>Class.Method#Hint.verified.cs</c>),
    /// so moving to Verify.SourceGenerators later is a package swap. A mismatch writes a
    /// <c>.received.cs</c> beside the baseline and fails with the first differing lines.
    /// Set AISTUDIOS_ACCEPT=1 (as for the payload snapshots of AiStudios.Testing; the older
    /// AISTUDIOS_UPDATE_SNAPSHOTS=1 still works) to accept the new output. A build server never
    /// does: the same CI detection as AiStudios.Testing (CI, TF_BUILD, GITHUB_ACTIONS, ...) wins.
    /// The package version in GeneratedCode attributes is compared as <c>{Version}</c>.
    /// </summary>
    internal static class Snapshot
    {
        public static string Folder => RepoPaths.InRepo("tests/AiStudios.Generator.Tests/Snapshots");

        public static bool UpdateRequested =>
            (SnapshotEnvironment.Current.AcceptRequested || Environment.GetEnvironmentVariable("AISTUDIOS_UPDATE_SNAPSHOTS") == "1")
            && !SnapshotEnvironment.Current.IsContinuousIntegration;

        public static string BaselinePath(string testClass, string testMethod, string hintName) =>
            Path.Combine(Folder, $"{testClass}.{testMethod}#{Path.GetFileNameWithoutExtension(hintName)}.verified.cs");

        /// <summary>Compares text with its baseline; returns a failure message, or null when equal.</summary>
        public static string? Compare(string testClass, string testMethod, string hintName, string actual)
        {
            string path = BaselinePath(testClass, testMethod, hintName);
            string received = Path.ChangeExtension(path, null).Replace(".verified", ".received") + ".cs";
            actual = Normalize(WithoutVersion(actual));
            if (UpdateRequested)
            {
                File.WriteAllText(path, actual);
                File.Delete(received);
                return null;
            }

            if (!File.Exists(path))
            {
                File.WriteAllText(received, actual);
                return $"No baseline {Path.GetFileName(path)}; wrote {Path.GetFileName(received)}. Review it and run with AISTUDIOS_ACCEPT=1 to accept.";
            }

            string expected = Normalize(File.ReadAllText(path));
            if (expected == actual)
            {
                File.Delete(received);
                return null;
            }

            File.WriteAllText(received, actual);
            return $"{Path.GetFileName(path)} differs (new output in {Path.GetFileName(received)}):\n{FirstDifferences(expected, actual)}";
        }

        public static string FirstDifferences(string expected, string actual, int maxLines = 12)
        {
            DiffPaneModel diff = InlineDiffBuilder.Diff(expected, actual);
            var lines = diff.Lines
                .Select((line, index) => (line, index))
                .Where(x => x.line.Type != ChangeType.Unchanged)
                .Take(maxLines)
                .Select(x => $"  {(x.line.Type == ChangeType.Inserted ? "+" : x.line.Type == ChangeType.Deleted ? "-" : "~")} {x.line.Position?.ToString() ?? "?",5}: {x.line.Text}");
            return string.Join("\n", lines);
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

        /// <summary>The package version in GeneratedCode attributes as {Version}, so a release does not change every baseline.</summary>
        public static string WithoutVersion(string text) =>
            System.Text.RegularExpressions.Regex.Replace(text, @"GeneratedCode\(""AiStudios\.Generator"", ""[^""]*""\)", @"GeneratedCode(""AiStudios.Generator"", ""{Version}"")");

        public static string ClassName([CallerFilePath] string file = "") => Path.GetFileNameWithoutExtension(file);
    }
}
