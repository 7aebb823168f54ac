using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Testing.Files;
using AiStudios.Testing.Json;
using AiStudios.Testing.Verification;

namespace AiStudios.Testing
{
    /// <summary>
    /// Snapshot tests for AI Studios payloads. <c>Verify(project)</c> writes the project's JSON in a
    /// canonical form and compares it with <c>{TestFile}.{TestMethod}.verified.json</c> beside the
    /// test file (Verify's naming): equal passes; different, or no verified file yet, writes
    /// <c>.received.json</c> beside it and throws <see cref="SnapshotMismatchException"/> saying what
    /// changed and how to accept it (<c>AISTUDIOS_ACCEPT=1</c>; never on a build server).
    /// </summary>
    /// <remarks>
    /// The canonical form is indented JSON with <c>\n</c> line ends and a final newline, properties in
    /// the order the SDK writes them and numbers exactly as the SDK writes them, so the file is the
    /// same bytes under every culture and on every machine. Values that change between runs (ids,
    /// dates, webhook tokens, download URLs) become numbered placeholders such as <c>{Date_1}</c>.
    /// The file and method names come from <see cref="CallerFilePathAttribute"/> and
    /// <see cref="CallerMemberNameAttribute"/>: call Verify from the test method itself and leave
    /// those parameters out.
    /// </remarks>
    public static class AiStudiosSnapshot
    {
        /// <summary>Verifies the project's JSON against its snapshot.</summary>
        /// <param name="project">The project; written with <see cref="Project.ToUtf8Bytes"/>.</param>
        /// <param name="settings">Name suffix, folder, scrubbers, ignored paths; null for the defaults.</param>
        /// <param name="sourceFilePath">Filled in by the compiler: the calling test's file.</param>
        /// <param name="testName">Filled in by the compiler: the calling test's method.</param>
        /// <exception cref="SnapshotMismatchException">The snapshot differs from the verified file, or there is none yet.</exception>
        /// <exception cref="InvalidOperationException">Another call of this run already verified the same snapshot file.</exception>
        public static void Verify(Project project, SnapshotSettings? settings = null, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "") =>
            Run(ReadProject(project), settings, sourceFilePath, testName);

        /// <summary>Verifies JSON text (any JSON, e.g. a request body you built) against its snapshot.</summary>
        /// <param name="json">The JSON text; numbers and property order are kept as written.</param>
        /// <param name="settings">Name suffix, folder, scrubbers, ignored paths; null for the defaults.</param>
        /// <param name="sourceFilePath">Filled in by the compiler: the calling test's file.</param>
        /// <param name="testName">Filled in by the compiler: the calling test's method.</param>
        /// <exception cref="ArgumentException">The text is not JSON; the message says where.</exception>
        /// <exception cref="SnapshotMismatchException">The snapshot differs from the verified file, or there is none yet.</exception>
        public static void Verify(string json, SnapshotSettings? settings = null, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "") =>
            Run(JsonTreeReader.Read(json), settings, sourceFilePath, testName);

        /// <summary>Verifies UTF-8 JSON (e.g. <see cref="Project.ToUtf8Bytes"/> or a captured request body) against its snapshot.</summary>
        /// <param name="utf8Json">The UTF-8 bytes; numbers and property order are kept as written.</param>
        /// <param name="settings">Name suffix, folder, scrubbers, ignored paths; null for the defaults.</param>
        /// <param name="sourceFilePath">Filled in by the compiler: the calling test's file.</param>
        /// <param name="testName">Filled in by the compiler: the calling test's method.</param>
        /// <exception cref="ArgumentException">The bytes are not UTF-8 JSON; the message says where.</exception>
        /// <exception cref="SnapshotMismatchException">The snapshot differs from the verified file, or there is none yet.</exception>
        public static void Verify(ReadOnlyMemory<byte> utf8Json, SnapshotSettings? settings = null, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "") =>
            Run(JsonTreeReader.Read(utf8Json.Span), settings, sourceFilePath, testName);

        /// <summary>Verifies the project's JSON against its snapshot, reading and writing the files asynchronously.</summary>
        /// <param name="project">The project; written with <see cref="Project.ToUtf8Bytes"/>.</param>
        /// <param name="settings">Name suffix, folder, scrubbers, ignored paths; null for the defaults.</param>
        /// <param name="cancellationToken">Stops the file I/O.</param>
        /// <param name="sourceFilePath">Filled in by the compiler: the calling test's file.</param>
        /// <param name="testName">Filled in by the compiler: the calling test's method.</param>
        /// <returns>Completes when the snapshot matched or was accepted.</returns>
        /// <exception cref="SnapshotMismatchException">The snapshot differs from the verified file, or there is none yet.</exception>
        public static Task VerifyAsync(Project project, SnapshotSettings? settings = null, CancellationToken cancellationToken = default, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "") =>
            RunAsync(ReadProject(project), settings, sourceFilePath, testName, cancellationToken);

        /// <summary>Verifies JSON text against its snapshot, reading and writing the files asynchronously.</summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="settings">Name suffix, folder, scrubbers, ignored paths; null for the defaults.</param>
        /// <param name="cancellationToken">Stops the file I/O.</param>
        /// <param name="sourceFilePath">Filled in by the compiler: the calling test's file.</param>
        /// <param name="testName">Filled in by the compiler: the calling test's method.</param>
        /// <returns>Completes when the snapshot matched or was accepted.</returns>
        /// <exception cref="ArgumentException">The text is not JSON; the message says where.</exception>
        /// <exception cref="SnapshotMismatchException">The snapshot differs from the verified file, or there is none yet.</exception>
        public static Task VerifyAsync(string json, SnapshotSettings? settings = null, CancellationToken cancellationToken = default, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "") =>
            RunAsync(JsonTreeReader.Read(json), settings, sourceFilePath, testName, cancellationToken);

        /// <summary>Verifies UTF-8 JSON against its snapshot, reading and writing the files asynchronously.</summary>
        /// <param name="utf8Json">The UTF-8 bytes.</param>
        /// <param name="settings">Name suffix, folder, scrubbers, ignored paths; null for the defaults.</param>
        /// <param name="cancellationToken">Stops the file I/O.</param>
        /// <param name="sourceFilePath">Filled in by the compiler: the calling test's file.</param>
        /// <param name="testName">Filled in by the compiler: the calling test's method.</param>
        /// <returns>Completes when the snapshot matched or was accepted.</returns>
        /// <exception cref="ArgumentException">The bytes are not UTF-8 JSON; the message says where.</exception>
        /// <exception cref="SnapshotMismatchException">The snapshot differs from the verified file, or there is none yet.</exception>
        public static Task VerifyAsync(ReadOnlyMemory<byte> utf8Json, SnapshotSettings? settings = null, CancellationToken cancellationToken = default, [CallerFilePath] string sourceFilePath = "", [CallerMemberName] string testName = "") =>
            RunAsync(JsonTreeReader.Read(utf8Json.Span), settings, sourceFilePath, testName, cancellationToken);

        /// <summary>The canonical snapshot text of a project, as Verify would write it (with the settings' scrubbers).</summary>
        /// <param name="project">The project.</param>
        /// <param name="settings">Scrubbers and ignored paths; null for the defaults.</param>
        /// <returns>Indented JSON with <c>\n</c> line ends and a final newline.</returns>
        public static string ToSnapshotText(Project project, SnapshotSettings? settings = null) =>
            Verification.SnapshotText.Write(ReadProject(project), settings);

        /// <summary>The canonical snapshot text of JSON text, as Verify would write it.</summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="settings">Scrubbers and ignored paths; null for the defaults.</param>
        /// <returns>Indented JSON with <c>\n</c> line ends and a final newline.</returns>
        public static string ToSnapshotText(string json, SnapshotSettings? settings = null) =>
            Verification.SnapshotText.Write(JsonTreeReader.Read(json), settings);

        // From the SDK's own bytes: its generated writer keeps every number exactly, and so does the tree.
        private static JsonTree ReadProject(Project project) =>
            JsonTreeReader.Read((project ?? throw new ArgumentNullException(nameof(project))).ToUtf8Bytes(), nameof(project));

        private static void Run(JsonTree payload, SnapshotSettings? settings, string sourceFilePath, string testName)
        {
            SnapshotCheck check = SnapshotCheck.Start(payload, settings, sourceFilePath, testName);
            string? verified = AtomicFile.ReadAllText(check.Files.VerifiedPath);
            switch (check.Judge(verified))
            {
                case Verdict.Matched:
                    AtomicFile.Delete(check.Files.ReceivedPath);
                    return;
                case Verdict.Accepted:
                    AtomicFile.WriteAllText(check.Files.VerifiedPath, check.ReceivedText);
                    AtomicFile.Delete(check.Files.ReceivedPath);
                    return;
                default:
                    string? problem = null;
                    try
                    {
                        AtomicFile.WriteAllText(check.Files.ReceivedPath, check.ReceivedText);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        problem = e.Message;
                    }

                    throw check.Failure(verified, problem);
            }
        }

        private static async Task RunAsync(JsonTree payload, SnapshotSettings? settings, string sourceFilePath, string testName, CancellationToken cancellationToken)
        {
            SnapshotCheck check = SnapshotCheck.Start(payload, settings, sourceFilePath, testName);
            string? verified = await AtomicFile.ReadAllTextAsync(check.Files.VerifiedPath, cancellationToken).ConfigureAwait(false);
            switch (check.Judge(verified))
            {
                case Verdict.Matched:
                    AtomicFile.Delete(check.Files.ReceivedPath);
                    return;
                case Verdict.Accepted:
                    await AtomicFile.WriteAllTextAsync(check.Files.VerifiedPath, check.ReceivedText, cancellationToken).ConfigureAwait(false);
                    AtomicFile.Delete(check.Files.ReceivedPath);
                    return;
                default:
                    string? problem = null;
                    try
                    {
                        await AtomicFile.WriteAllTextAsync(check.Files.ReceivedPath, check.ReceivedText, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        problem = e.Message;
                    }

                    throw check.Failure(verified, problem);
            }
        }
    }
}
