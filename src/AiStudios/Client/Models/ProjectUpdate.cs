using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AiStudios
{
    /// <summary>
    /// One entry of <c>updates.value</c> in <c>POST /editor/project/{id}</c>: new values for the fields of a clip (the
    /// scene's first clip of <see cref="Type"/>) or of the scene's background.
    /// </summary>
    /// <example>
    /// <code>
    /// new ProjectUpdate(0, "textImage").Set("text", "Spring sale");
    /// ProjectUpdate.Background(1).Set("source_color", "rgb(0,0,0)");
    /// </code>
    /// </example>
    public sealed class ProjectUpdate
    {
        private readonly List<KeyValuePair<string, JsonElement>> _values = new List<KeyValuePair<string, JsonElement>>();

        /// <summary>Creates an update.</summary>
        /// <param name="sceneIndex">The scene's <c>sceneIdx</c>.</param>
        /// <param name="type">A clip type (<c>aiModel</c>, <c>textImage</c>, ...) or <c>background</c>.</param>
        public ProjectUpdate(int sceneIndex, string type)
        {
            if (sceneIndex < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(sceneIndex), sceneIndex, "sceneIdx starts at 0.");
            }

            if (string.IsNullOrWhiteSpace(type))
            {
                throw new ArgumentException("type must name a clip type or \"background\".", nameof(type));
            }

            SceneIndex = sceneIndex;
            Type = type;
        }

        /// <summary><c>sceneIdx</c>.</summary>
        public int SceneIndex { get; }

        /// <summary><c>type</c>.</summary>
        public string Type { get; }

        /// <summary>The <c>values</c>, in the order they were set.</summary>
        public IReadOnlyList<KeyValuePair<string, JsonElement>> Values => _values;

        /// <summary>An update of the background of scene <paramref name="sceneIndex"/>.</summary>
        /// <param name="sceneIndex">The scene's <c>sceneIdx</c>.</param>
        /// <returns>The update, to add values to.</returns>
        public static ProjectUpdate Background(int sceneIndex) => new ProjectUpdate(sceneIndex, "background");

        /// <summary>Sets a field to a string (or null).</summary>
        /// <param name="name">The field's wire name, e.g. <c>text</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>This update.</returns>
        public ProjectUpdate Set(string name, string? value) => Set(name, writer =>
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        });

        /// <summary>Sets a field to a number.</summary>
        /// <param name="name">The field's wire name, e.g. <c>fontSize</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>This update.</returns>
        public ProjectUpdate Set(string name, double value) => Set(name, writer => writer.WriteNumberValue(value));

        /// <summary>Sets a field to a boolean.</summary>
        /// <param name="name">The field's wire name.</param>
        /// <param name="value">The value.</param>
        /// <returns>This update.</returns>
        public ProjectUpdate Set(string name, bool value) => Set(name, writer => writer.WriteBooleanValue(value));

        /// <summary>Sets a field to any JSON value, e.g. a nested object.</summary>
        /// <param name="name">The field's wire name.</param>
        /// <param name="value">The value; it is copied.</param>
        /// <returns>This update.</returns>
        public ProjectUpdate Set(string name, JsonElement value) => Set(name, value.WriteTo);

        internal void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber("sceneIdx", SceneIndex);
            writer.WriteString("type", Type);
            writer.WriteStartObject("values");
            foreach (KeyValuePair<string, JsonElement> entry in _values)
            {
                writer.WritePropertyName(entry.Key);
                entry.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        private ProjectUpdate Set(string name, Action<Utf8JsonWriter> write)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("The field needs a name.", nameof(name));
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            JsonElement value = document.RootElement.Clone();
            int existing = _values.FindIndex(entry => string.Equals(entry.Key, name, StringComparison.Ordinal));
            if (existing >= 0)
            {
                _values[existing] = new KeyValuePair<string, JsonElement>(name, value);
            }
            else
            {
                _values.Add(new KeyValuePair<string, JsonElement>(name, value));
            }

            return this;
        }
    }
}
