using System;
using AiStudios.Testing.Diff;
using AiStudios.Testing.Files;
using AiStudios.Testing.Json;
using AiStudios.Testing.Scrubbing;

namespace AiStudios.Testing.Verification
{
    /// <summary>What a check decided: pass, accept the received snapshot, or fail with a message.</summary>
    internal enum Verdict
    {
        Matched,
        Accepted,
        Failed,
    }

    /// <summary>
    /// One Verify call without its file I/O (the sync and async entry points do that): the canonical
    /// received text, where it belongs, and the verdict against the verified text.
    /// </summary>
    internal sealed class SnapshotCheck
    {
        private readonly SnapshotSettings _settings;
        private readonly SnapshotEnvironment _environment;
        private readonly JsonTree _received;

        private SnapshotCheck(SnapshotSettings settings, SnapshotEnvironment environment, JsonTree received, string receivedText, SnapshotFiles files)
        {
            _settings = settings;
            _environment = environment;
            _received = received;
            ReceivedText = receivedText;
            Files = files;
        }

        public SnapshotFiles Files { get; }

        /// <summary>The snapshot this run produced, in canonical form.</summary>
        public string ReceivedText { get; }

        /// <summary>Scrubs and writes the snapshot, names its files and claims them for this call.</summary>
        public static SnapshotCheck Start(JsonTree payload, SnapshotSettings? settings, string sourceFilePath, string testName)
        {
            settings ??= new SnapshotSettings();
            SnapshotEnvironment environment = settings.Environment ?? SnapshotEnvironment.Current;
            SnapshotFiles files = SnapshotFiles.For(sourceFilePath, testName, settings);
            JsonTree scrubbed = SnapshotScrubber.Apply(payload, settings);
            string text = CanonicalJsonWriter.Write(scrubbed);
            environment.Claims.Claim(files, System.IO.Path.GetFileName(sourceFilePath) + ", " + testName + (settings.Suffix is null ? "" : " (suffix " + settings.Suffix + ")"));
            return new SnapshotCheck(settings, environment, scrubbed, text, files);
        }

        /// <summary>Judges the received snapshot against the verified file's text (null when there is none).</summary>
        public Verdict Judge(string? verifiedText)
        {
            if (verifiedText is not null && Normalize(verifiedText) == ReceivedText)
            {
                return Verdict.Matched;
            }

            return AcceptAllowed ? Verdict.Accepted : Verdict.Failed;
        }

        /// <summary>The failure, once the received file was written (or could not be: <paramref name="writeProblem"/>).</summary>
        public SnapshotMismatchException Failure(string? verifiedText, string? writeProblem)
        {
            string? ciMarker = _environment.ContinuousIntegrationMarker;
            if (verifiedText is null)
            {
                return new SnapshotMismatchException(
                    FailureMessage.NoVerifiedFile(Files, ciMarker, writeProblem), Files.VerifiedPath, Files.ReceivedPath, 0, verifiedFileExists: false);
            }

            string message = FailureMessage.Mismatch(
                Files, Normalize(verifiedText), ReceivedText, _received, _settings.MaxDifferencesShown, ciMarker, writeProblem, out int count);
            return new SnapshotMismatchException(message, Files.VerifiedPath, Files.ReceivedPath, count, verifiedFileExists: true);
        }

        // Never on a build server: a committed AcceptChanges = true or an exported variable must not turn CI green.
        private bool AcceptAllowed =>
            !_environment.IsContinuousIntegration && (_settings.AcceptChanges || _environment.AcceptRequested);

        /// <summary>A checked-out file may have gained a byte order mark, CRLF line ends (git autocrlf) or lost its last newline.</summary>
        private static string Normalize(string text)
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            return text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
        }
    }
}
