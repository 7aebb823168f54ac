using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace AiStudios
{
    /// <summary>
    /// The <c>updates</c> of the tag-keyed modify calls (<c>POST /editor/project/modify</c> and
    /// <c>/editor/template/modify</c>, documented in the Korean reference only): text keyed by what it replaces.
    /// <c>title</c> and <c>subtitles</c> address the clips tagged with that word, <c>scripts</c> a scene's speech; a
    /// suffix <c>_N</c> picks the N-th occurrence (0-based) across the whole video, and for <c>scripts</c> the scene
    /// index. The bare key means occurrence 0, so that is how occurrence 0 is written.
    /// </summary>
    /// <example>
    /// <code>
    /// var updates = new TagUpdates().Title("Q3 results").Subtitles(2, "Third caption").Script(1, "Speech for scene 2");
    /// // {"title": "Q3 results", "subtitles_2": "Third caption", "scripts_1": "Speech for scene 2"}
    /// </code>
    /// </example>
    public sealed class TagUpdates : IReadOnlyCollection<KeyValuePair<string, string>>
    {
        private readonly List<KeyValuePair<string, string>> _entries = new List<KeyValuePair<string, string>>();

        /// <summary>How many keys are set.</summary>
        public int Count => _entries.Count;

        /// <summary>Sets the text of the <paramref name="occurrence"/>-th clip tagged <c>title</c>.</summary>
        /// <param name="text">The new text.</param>
        /// <param name="occurrence">Which one, 0-based across the video.</param>
        /// <returns>These updates.</returns>
        public TagUpdates Title(string text, int occurrence = 0) => Tag("title", occurrence, text);

        /// <summary>Sets the text of the <paramref name="occurrence"/>-th clip tagged <c>subtitles</c>.</summary>
        /// <param name="occurrence">Which one, 0-based across the video.</param>
        /// <param name="text">The new text.</param>
        /// <returns>These updates.</returns>
        public TagUpdates Subtitles(int occurrence, string text) => Tag("subtitles", occurrence, text);

        /// <summary>Sets the speech of scene <paramref name="sceneIndex"/> (<c>scripts_N</c>).</summary>
        /// <param name="sceneIndex">The scene, 0-based.</param>
        /// <param name="text">What the avatar says.</param>
        /// <returns>These updates.</returns>
        public TagUpdates Script(int sceneIndex, string text) => Tag("scripts", sceneIndex, text);

        /// <summary>Sets the <paramref name="occurrence"/>-th clip tagged <paramref name="tag"/> (other tag words are not documented).</summary>
        /// <param name="tag">The tag word, e.g. <c>title</c>.</param>
        /// <param name="occurrence">Which one, 0-based across the video (for <c>scripts</c>: the scene index).</param>
        /// <param name="text">The new text.</param>
        /// <returns>These updates.</returns>
        public TagUpdates Tag(string tag, int occurrence, string text)
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                throw new ArgumentException("Name the tag, e.g. \"title\".", nameof(tag));
            }

            if (occurrence < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(occurrence), occurrence, "Occurrences count from 0.");
            }

            return Set(occurrence == 0 ? tag : tag + "_" + occurrence.ToString(CultureInfo.InvariantCulture), text);
        }

        /// <summary>Sets a key as the service spells it (<c>subtitles_2</c>); a key set again is replaced.</summary>
        /// <param name="key">The key.</param>
        /// <param name="text">The new text.</param>
        /// <returns>These updates.</returns>
        public TagUpdates Set(string key, string text)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("The key must not be empty.", nameof(key));
            }

            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            int existing = _entries.FindIndex(entry => string.Equals(entry.Key, key, StringComparison.Ordinal));
            var pair = new KeyValuePair<string, string>(key, text);
            if (existing >= 0)
            {
                _entries[existing] = pair;
            }
            else
            {
                _entries.Add(pair);
            }

            return this;
        }

        /// <summary>The keys and texts, in the order they were first set.</summary>
        /// <returns>The enumerator.</returns>
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Options of the tag-keyed modify calls.</summary>
    public sealed class TagModifyOptions
    {
        /// <summary>
        /// <c>isExport</c>: whether to render after the change. The service's default for these calls is false; the
        /// client always sends the value. True starts a billable render, so the call is then never re-sent blindly.
        /// </summary>
        public bool IsExport { get; set; }

        /// <summary><c>webhookUrl</c>: where the service posts render progress (these calls take no workspace or resolution).</summary>
        public string? WebhookUrl { get; set; }
    }
}
