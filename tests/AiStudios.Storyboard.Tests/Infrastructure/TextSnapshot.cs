using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using AiStudios.Testing;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AiStudios.Tests.Storyboards.Infrastructure
{
    /// <summary>
    /// Checked-in baselines of storyboard text (SVG, HTML), named as AiStudios.Testing names its JSON
    /// snapshots: <c>{TestFile}.{TestMethod}[.{suffix}].verified.{extension}</c> beside the test, a
    /// <c>.received.{extension}</c> written on a mismatch, accepted with <c>AISTUDIOS_ACCEPT=1</c> and never on a
    /// build server (the package's own <see cref="SnapshotEnvironment"/> decides both). The package
    /// compares JSON by path; an SVG is compared as text lines, which is all this needs.
    /// </summary>
    public static class TextSnapshot
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        public static void Verify(string text, string extension, string? suffix = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string test = "")
        {
            string name = Path.GetFileNameWithoutExtension(sourceFile) + "." + test + (suffix is null ? string.Empty : "." + suffix);
            string folder = Path.GetDirectoryName(sourceFile)!;
            string verifiedPath = Path.Combine(folder, name + ".verified." + extension);
            string receivedPath = Path.Combine(folder, name + ".received." + extension);
            string received = Normalize(text);
            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == received)
            {
                File.Delete(receivedPath);
                return;
            }

            SnapshotEnvironment environment = SnapshotEnvironment.Current;
            if (environment.AcceptRequested && !environment.IsContinuousIntegration)
            {
                File.WriteAllText(verifiedPath, received, Utf8);
                File.Delete(receivedPath);
                return;
            }

            File.WriteAllText(receivedPath, received, Utf8);
            var message = new StringBuilder()
                .Append(verified is null ? "No verified snapshot yet: " : "Snapshot differs: ").Append(verifiedPath).Append('\n')
                .Append("received: ").Append(receivedPath).Append('\n');
            if (verified is not null)
            {
                int shown = 0;
                foreach (DiffPiece line in InlineDiffBuilder.Diff(verified, received).Lines)
                {
                    if (line.Type is ChangeType.Inserted or ChangeType.Deleted && shown++ < 40)
                    {
                        message.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Text).Append('\n');
                    }
                }
            }

            message.Append(environment.IsContinuousIntegration
                ? "This is a build server: snapshots are never accepted here."
                : "If the change is intended, run the tests again with AISTUDIOS_ACCEPT=1 and commit the .verified file.");
            throw new Xunit.Sdk.XunitException(message.ToString());
        }

        private static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }
}
