using System;
using System.IO;

namespace AiStudios.Testing.Files
{
    /// <summary>
    /// Where a snapshot lives: <c>{TestFileName}.{TestMethodName}[.{Suffix}].verified.json</c> in the
    /// folder of the calling test file, as Verify names them, with the <c>.received.json</c> beside it.
    /// </summary>
    internal sealed class SnapshotFiles
    {
        private SnapshotFiles(string folder, string name)
        {
            Name = name;
            VerifiedPath = Path.Combine(folder, name + ".verified.json");
            ReceivedPath = Path.Combine(folder, name + ".received.json");
        }

        /// <summary><c>{TestFileName}.{TestMethodName}[.{Suffix}]</c>.</summary>
        public string Name { get; }

        public string VerifiedPath { get; }

        public string ReceivedPath { get; }

        public static SnapshotFiles For(string sourceFilePath, string memberName, SnapshotSettings settings)
        {
            if (string.IsNullOrEmpty(sourceFilePath) || string.IsNullOrEmpty(memberName))
            {
                throw new ArgumentException("The calling test's file and method are unknown: call AiStudiosSnapshot.Verify from the test itself, without passing sourceFilePath or testName explicitly as empty strings.");
            }

            string sourceFolder = Path.GetDirectoryName(sourceFilePath) ?? "";
            string folder = settings.Folder is null
                ? sourceFolder
                : Path.IsPathRooted(settings.Folder) ? settings.Folder : Path.Combine(sourceFolder, settings.Folder);
            if (!Path.IsPathRooted(sourceFilePath) && !Path.IsPathRooted(folder))
            {
                throw new InvalidOperationException(
                    $"The test's source path '{sourceFilePath}' is not a full path, so there is no folder to put its snapshot in. " +
                    "Set SnapshotSettings.Folder to an absolute folder.");
            }

            if (!Directory.Exists(sourceFolder) && (settings.Folder is null || !Path.IsPathRooted(settings.Folder)))
            {
                throw new InvalidOperationException(
                    $"The folder of the test's source file, '{sourceFolder}', does not exist on this machine. The build mapped source paths " +
                    "(PathMap, or ContinuousIntegrationBuild=true, which Deterministic CI builds set) or ran elsewhere than it was compiled. " +
                    "Build test projects without path mapping, or set SnapshotSettings.Folder to an absolute folder.");
            }

            string name = Path.GetFileNameWithoutExtension(sourceFilePath) + "." + memberName + (settings.Suffix is null ? "" : "." + settings.Suffix);
            return new SnapshotFiles(Path.GetFullPath(folder), name);
        }
    }
}
