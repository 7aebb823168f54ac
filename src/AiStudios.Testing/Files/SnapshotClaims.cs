using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.InteropServices;

namespace AiStudios.Testing.Files
{
    /// <summary>
    /// The snapshot files a run has verified. Two calls that land on one file (a second Verify in a
    /// test, each row of a theory, two test files of one name sharing a folder) would overwrite each
    /// other's received file and pass or fail by timing, so the second is refused.
    /// </summary>
    internal sealed class SnapshotClaims
    {
        // Windows and macOS file systems ignore case by default: FOO.verified.json is foo.verified.json there.
        private static readonly StringComparer PathComparer =
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

        private readonly ConcurrentDictionary<string, Owner> _owners = new ConcurrentDictionary<string, Owner>(PathComparer);

        /// <summary>Claims the file for one call, described as "FooTests.cs, Bar"; throws when another call of this run already did.</summary>
        public void Claim(SnapshotFiles files, string caller)
        {
            var claim = new Owner(caller);
            Owner first = _owners.GetOrAdd(files.VerifiedPath, claim);
            if (ReferenceEquals(first, claim))
            {
                return;
            }

            throw new InvalidOperationException(
                $"The snapshot {Path.GetFileName(files.VerifiedPath)} was already verified in this run (by {first.Caller}); now {caller} uses it too. " +
                "Each Verify call needs its own file, or the two overwrite each other: give the second call a SnapshotSettings.Suffix " +
                "(for a theory, one per data row, e.g. Suffix = the case's name).");
        }

        /// <summary>One call's claim; compared by reference, since two calls of one theory look alike.</summary>
        private sealed class Owner
        {
            public Owner(string caller)
            {
                Caller = caller;
            }

            public string Caller { get; }
        }
    }
}
