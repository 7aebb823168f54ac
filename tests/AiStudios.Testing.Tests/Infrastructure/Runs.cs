using System.Collections.Generic;

namespace AiStudios.Testing.Tests.Infrastructure
{
    /// <summary>Test runs with chosen environment variables, each with nothing verified yet.</summary>
    public static class Runs
    {
        /// <summary>A developer's machine: no build server, nothing asks to accept.</summary>
        public static SnapshotEnvironment Local() => With();

        /// <summary>A developer's machine with AISTUDIOS_ACCEPT=1.</summary>
        public static SnapshotEnvironment Accepting() => With(("AISTUDIOS_ACCEPT", "1"));

        public static SnapshotEnvironment With(params (string Name, string? Value)[] variables)
        {
            var map = new Dictionary<string, string?>();
            foreach (var (name, value) in variables)
            {
                map[name] = value;
            }

            return SnapshotEnvironment.FromVariables(map);
        }

        public static SnapshotSettings Settings(SnapshotEnvironment run) => new SnapshotSettings { Environment = run };
    }
}
