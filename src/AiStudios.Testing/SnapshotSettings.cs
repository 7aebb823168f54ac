using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using AiStudios.Testing.Json;

namespace AiStudios.Testing
{
    /// <summary>
    /// How one <see cref="AiStudiosSnapshot"/> call names, scrubs and accepts its snapshot. Configure it
    /// before use; one instance may then be shared by tests running in parallel.
    /// </summary>
    /// <example>
    /// <code>
    /// var settings = new SnapshotSettings { Suffix = "portrait" }
    ///     .ScrubPath("$.scenes[*].clips[*].source_url", "Upload")
    ///     .IgnorePath("$..thumbnailUrl");
    /// AiStudiosSnapshot.Verify(project, settings);
    /// </code>
    /// </example>
    public sealed class SnapshotSettings
    {
        private readonly List<PathScrubber> _pathScrubbers = new List<PathScrubber>();
        private readonly List<ValueScrubber> _valueScrubbers = new List<ValueScrubber>();
        private readonly List<TextScrubber> _textScrubbers = new List<TextScrubber>();
        private readonly List<JsonPathPattern> _ignoredPaths = new List<JsonPathPattern>();
        private readonly List<JsonPathPattern> _keptPaths = new List<JsonPathPattern>();
        private string? _suffix;
        private int _maxDifferencesShown = 10;

        /// <summary>
        /// Tells several snapshots of one test apart: <c>{TestFile}.{TestMethod}.{Suffix}.verified.json</c>.
        /// Needed for a second <c>Verify</c> in the same test and for each data row of a theory.
        /// </summary>
        /// <exception cref="ArgumentException">The suffix is empty or has characters a file name cannot hold.</exception>
        public string? Suffix
        {
            get => _suffix;
            set
            {
                if (value is not null && (value.Length == 0 || value.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || value.IndexOfAny(new[] { '/', '\\', ':', '*', '?', '"', '<', '>', '|' }) >= 0))
                {
                    throw new ArgumentException($"The snapshot suffix '{value}' is empty or has a character a file name cannot hold (/ \\ : * ? \" < > |).", nameof(value));
                }

                _suffix = value;
            }
        }

        /// <summary>
        /// The folder of the snapshot files: absolute, or relative to the folder of the test's source
        /// file (<c>"Snapshots"</c>). Default: the test's own folder, as Verify does.
        /// </summary>
        public string? Folder { get; set; }

        /// <summary>
        /// Accepts the received snapshot as the verified one, as <c>AISTUDIOS_ACCEPT=1</c> does.
        /// Ignored on a build server (see <see cref="SnapshotEnvironment.IsContinuousIntegration"/>).
        /// </summary>
        public bool AcceptChanges { get; set; }

        /// <summary>
        /// Whether the built-in scrubbers run (default true): ids (GUIDs, 24-digit hex object ids,
        /// <c>_id</c>, <c>projectId</c>, <c>userId</c>), dates (ISO 8601 date-times, <c>createdAt</c>,
        /// <c>updatedAt</c>), download and signed URLs, and the tokens in webhook URLs.
        /// </summary>
        public bool ScrubVolatileValues { get; set; } = true;

        /// <summary>How many differing values the failure message lists (default 10).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
        public int MaxDifferencesShown
        {
            get => _maxDifferencesShown;
            set => _maxDifferencesShown = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one difference must be shown.");
        }

        /// <summary>
        /// The environment variables and the run the snapshot belongs to. Default:
        /// <see cref="SnapshotEnvironment.Current"/>. Tests of test helpers inject their own.
        /// </summary>
        public SnapshotEnvironment? Environment { get; set; }

        /// <summary>Replaces every value at the path (any kind, objects and arrays too) with <c>{Category_N}</c>.</summary>
        /// <param name="path">A JSON path: <c>$.webhookUrl</c>, <c>$.scenes[*].clips[*].id</c>, <c>$..createdAt</c>.</param>
        /// <param name="category">The placeholder's name; values are numbered by first appearance, equal values alike.</param>
        /// <returns>These settings, to chain calls.</returns>
        /// <exception cref="ArgumentException">The path is malformed or the category is not a plain word.</exception>
        public SnapshotSettings ScrubPath(string path, string category = "Scrubbed")
        {
            _pathScrubbers.Add(new PathScrubber(JsonPathPattern.Parse(path), CheckCategory(category)));
            return this;
        }

        /// <summary>Replaces every string, number, boolean or null the predicate picks with <c>{Category_N}</c>.</summary>
        /// <param name="predicate">Picks the values to scrub.</param>
        /// <param name="category">The placeholder's name.</param>
        /// <returns>These settings, to chain calls.</returns>
        public SnapshotSettings Scrub(Func<SnapshotValue, bool> predicate, string category)
        {
            _valueScrubbers.Add(new ValueScrubber(predicate ?? throw new ArgumentNullException(nameof(predicate)), CheckCategory(category)));
            return this;
        }

        /// <summary>Replaces each match of the pattern inside string values with <c>{Category_N}</c>, leaving the rest of the string.</summary>
        /// <param name="pattern">What to replace, e.g. <c>new Regex("order-[0-9]+")</c>.</param>
        /// <param name="category">The placeholder's name.</param>
        /// <returns>These settings, to chain calls.</returns>
        public SnapshotSettings ScrubText(Regex pattern, string category)
        {
            _textScrubbers.Add(new TextScrubber(pattern ?? throw new ArgumentNullException(nameof(pattern)), CheckCategory(category)));
            return this;
        }

        /// <summary>Leaves the values at the path out of the snapshot (a property disappears, an array item too).</summary>
        /// <param name="path">A JSON path, not the root <c>$</c>.</param>
        /// <returns>These settings, to chain calls.</returns>
        public SnapshotSettings IgnorePath(string path)
        {
            JsonPathPattern pattern = JsonPathPattern.Parse(path);
            if (pattern.Matches(Array.Empty<PathSegment>()))
            {
                throw new ArgumentException($"IgnorePath(\"{path}\") would leave out the whole snapshot; name the parts to leave out.", nameof(path));
            }

            _ignoredPaths.Add(pattern);
            return this;
        }

        /// <summary>Keeps the values at the path as they are: the built-in scrubbers do not touch them.</summary>
        /// <param name="path">A JSON path.</param>
        /// <returns>These settings, to chain calls.</returns>
        public SnapshotSettings DontScrubPath(string path)
        {
            _keptPaths.Add(JsonPathPattern.Parse(path));
            return this;
        }

        internal IReadOnlyList<PathScrubber> PathScrubbers => _pathScrubbers;

        internal IReadOnlyList<ValueScrubber> ValueScrubbers => _valueScrubbers;

        internal IReadOnlyList<TextScrubber> TextScrubbers => _textScrubbers;

        internal IReadOnlyList<JsonPathPattern> IgnoredPaths => _ignoredPaths;

        internal IReadOnlyList<JsonPathPattern> KeptPaths => _keptPaths;

        private static string CheckCategory(string category)
        {
            if (string.IsNullOrEmpty(category))
            {
                throw new ArgumentException("A scrubber needs a category, the word of its placeholders ({Category_1}).", nameof(category));
            }

            foreach (char c in category)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    throw new ArgumentException($"The scrubber category '{category}' must be letters, digits and '_' only: it becomes {{{category}_1}}.", nameof(category));
                }
            }

            return category;
        }

        internal sealed class PathScrubber
        {
            public PathScrubber(JsonPathPattern path, string category)
            {
                Path = path;
                Category = category;
            }

            public JsonPathPattern Path { get; }

            public string Category { get; }
        }

        internal sealed class ValueScrubber
        {
            public ValueScrubber(Func<SnapshotValue, bool> predicate, string category)
            {
                Predicate = predicate;
                Category = category;
            }

            public Func<SnapshotValue, bool> Predicate { get; }

            public string Category { get; }
        }

        internal sealed class TextScrubber
        {
            public TextScrubber(Regex pattern, string category)
            {
                Pattern = pattern;
                Category = category;
            }

            public Regex Pattern { get; }

            public string Category { get; }
        }
    }
}
