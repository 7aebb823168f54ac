using AiStudios.Testing.Json;
using AiStudios.Testing.Scrubbing;

namespace AiStudios.Testing.Verification
{
    /// <summary>The canonical text of a snapshot: scrubbed, then written in the one canonical form.</summary>
    internal static class SnapshotText
    {
        public static string Write(JsonTree payload, SnapshotSettings? settings) =>
            CanonicalJsonWriter.Write(SnapshotScrubber.Apply(payload, settings ?? new SnapshotSettings()));
    }
}
