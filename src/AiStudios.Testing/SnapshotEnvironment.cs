using System;
using System.Collections.Generic;
using AiStudios.Testing.Files;

namespace AiStudios.Testing
{
    /// <summary>
    /// One test run as the snapshots see it: the environment variables that ask to accept or that
    /// mark a build server, and the snapshot files this run has already verified (each may be
    /// verified once). <see cref="Current"/> is the process; a test of snapshot behaviour makes its
    /// own with <see cref="FromVariables"/> to play a run with chosen variables.
    /// </summary>
    public sealed class SnapshotEnvironment
    {
        /// <summary>Set to <c>1</c> (or <c>true</c>) to accept received snapshots as verified ones.</summary>
        public const string AcceptVariable = "AISTUDIOS_ACCEPT";

        // Generic flags first, then each build server's own marker (ci-info's vendor list and
        // DiffEngine's BuildServerDetector, checked against each vendor's documented variables).
        private static readonly string[] ContinuousIntegrationVariables =
        {
            "CI",                                 // GitHub Actions, GitLab, CircleCI, Travis, Bitbucket, Buildkite, Woodpecker, ...
            "CONTINUOUS_INTEGRATION",             // Travis CI and others
            "TF_BUILD",                           // Azure Pipelines
            "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI", // Azure Pipelines agents
            "GITHUB_ACTIONS",                     // GitHub Actions
            "GITLAB_CI",                          // GitLab CI/CD
            "BUILDKITE",                          // Buildkite
            "JENKINS_URL",                        // Jenkins
            "HUDSON_URL",                         // Hudson
            "TEAMCITY_VERSION",                   // TeamCity
            "APPVEYOR",                           // AppVeyor
            "TRAVIS",                             // Travis CI
            "CIRCLECI",                           // CircleCI
            "BITBUCKET_BUILD_NUMBER",             // Bitbucket Pipelines
            "CODEBUILD_BUILD_ID",                 // AWS CodeBuild
            "bamboo_planKey",                     // Bamboo
            "GO_SERVER_URL",                      // GoCD
            "DRONE",                              // Drone
            "SEMAPHORE",                          // Semaphore
            "CIRRUS_CI",                          // Cirrus CI
            "BITRISE_IO",                         // Bitrise
            "BUDDY_WORKSPACE_ID",                 // Buddy
            "HARNESS_BUILD_ID",                   // Harness
            "JB_SPACE_EXECUTION_NUMBER",          // JetBrains Space Automation
        };

        private readonly Func<string, string?> _variables;

        private SnapshotEnvironment(Func<string, string?> variables)
        {
            _variables = variables;
        }

        /// <summary>This process: its environment variables, read at each use, and one set of verified files.</summary>
        public static SnapshotEnvironment Current { get; } = new SnapshotEnvironment(Environment.GetEnvironmentVariable);

        /// <summary>The names of the variables that mark a build server, in the order they are checked.</summary>
        public static IReadOnlyList<string> ContinuousIntegrationVariableNames => ContinuousIntegrationVariables;

        /// <summary>A new run with exactly these variables (names compared ignoring case) and nothing verified yet.</summary>
        /// <param name="variables">The environment variables of the run; absent ones are unset.</param>
        /// <returns>The run's environment.</returns>
        public static SnapshotEnvironment FromVariables(IReadOnlyDictionary<string, string?> variables)
        {
            if (variables is null)
            {
                throw new ArgumentNullException(nameof(variables));
            }

            var copy = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, string?> pair in variables)
            {
                copy[pair.Key] = pair.Value;
            }

            return new SnapshotEnvironment(name => copy.TryGetValue(name, out string? value) ? value : null);
        }

        /// <summary>Whether <c>AISTUDIOS_ACCEPT</c> asks to accept received snapshots (<c>1</c>, <c>true</c> or <c>yes</c>).</summary>
        public bool AcceptRequested
        {
            get
            {
                string? value = _variables(AcceptVariable)?.Trim();
                return value == "1"
                    || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(value, "yes", StringComparison.OrdinalIgnoreCase);
            }
        }

        /// <summary>Whether this is a build server, where no snapshot is ever accepted automatically.</summary>
        public bool IsContinuousIntegration => ContinuousIntegrationMarker is not null;

        /// <summary>The variable that marks a build server, as <c>NAME=value</c>; null on a developer's machine.</summary>
        public string? ContinuousIntegrationMarker
        {
            get
            {
                foreach (string name in ContinuousIntegrationVariables)
                {
                    string? value = _variables(name);
                    if (IsOn(value))
                    {
                        return name + "=" + Shorten(value!);
                    }
                }

                return null;
            }
        }

        internal SnapshotClaims Claims { get; } = new SnapshotClaims();

        /// <summary>Set, and not a spelling of "off": <c>CI=false</c> and <c>CI=0</c> mean no build server.</summary>
        private static bool IsOn(string? value)
        {
            if (value is null)
            {
                return false;
            }

            string trimmed = value.Trim();
            return trimmed.Length > 0
                && !trimmed.Equals("0", StringComparison.Ordinal)
                && !trimmed.Equals("false", StringComparison.OrdinalIgnoreCase)
                && !trimmed.Equals("no", StringComparison.OrdinalIgnoreCase)
                && !trimmed.Equals("off", StringComparison.OrdinalIgnoreCase);
        }

        // A long value (JENKINS_URL=https://...) is cut: the message only needs to say which variable.
        private static string Shorten(string value) => value.Length <= 24 ? value : value.Substring(0, 24) + "...";
    }
}
