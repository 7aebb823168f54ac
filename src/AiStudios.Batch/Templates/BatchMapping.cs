using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace AiStudios.Batch.Templates
{
    /// <summary>
    /// How a row's columns reach the template: a column per clip <c>tag</c> (the reference's way to find clips: a text
    /// clip's text, an image's or audio's <c>source_url</c>, a video's <c>videoUrl</c>), a column per scene for the
    /// avatar's speech, the row key, and the project name. Besides the mapping, <c>{{column}}</c> placeholders in the
    /// template's texts, scripts, URLs and name are replaced by the row's values.
    /// </summary>
    /// <remarks>
    /// As a file (<see cref="FromJson"/>):
    /// <code>
    /// {
    ///   "key": "email",
    ///   "name": "Welcome {{first_name}}",
    ///   "clips": { "title": "first_name", "logo": "logo_url" },
    ///   "scripts": { "0": "greeting" }
    /// }
    /// </code>
    /// </remarks>
    public sealed class BatchMapping
    {
        /// <summary>The column whose value names each row in the ledger and the results (unique, non-empty); null: the row number.</summary>
        public string? KeyColumn { get; set; }

        /// <summary>The project name of each row, with placeholders (<c>Welcome {{first_name}}</c>); null: the template's name.</summary>
        public string? NameTemplate { get; set; }

        /// <summary>Clip tag to column: every clip with that tag, in every scene, gets the column's value.</summary>
        public IDictionary<string, string> Clips { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Scene (its position in <c>scenes</c>, from 0) to column: the value, as plain text, becomes that scene's speech.</summary>
        public IDictionary<int, string> Scripts { get; } = new Dictionary<int, string>();

        /// <summary>Reads a mapping file's JSON (see the remarks).</summary>
        /// <param name="json">The JSON.</param>
        /// <param name="source">How errors name it.</param>
        /// <returns>The mapping.</returns>
        /// <exception cref="FormatException">The JSON is malformed or of the wrong shape; the message names the place.</exception>
        public static BatchMapping FromJson(string json, string source = "mapping")
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json ?? throw new ArgumentNullException(nameof(json)));
            }
            catch (JsonException e)
            {
                throw new FormatException(string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): error: Invalid JSON.", source, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1), e);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw Shape(source, "$", "must be an object with \"key\", \"name\", \"clips\" and \"scripts\"");
                }

                var mapping = new BatchMapping();
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "key":
                            mapping.KeyColumn = String(source, "$.key", property.Value);
                            break;
                        case "name":
                            mapping.NameTemplate = String(source, "$.name", property.Value);
                            break;
                        case "clips":
                            foreach (JsonProperty clip in Object(source, "$.clips", property.Value))
                            {
                                mapping.Clips[clip.Name] = String(source, "$.clips." + clip.Name, clip.Value)!;
                            }

                            break;
                        case "scripts":
                            foreach (JsonProperty script in Object(source, "$.scripts", property.Value))
                            {
                                if (!int.TryParse(script.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int scene))
                                {
                                    throw Shape(source, "$.scripts." + script.Name, "must be named by a scene position (0, 1, ...)");
                                }

                                mapping.Scripts[scene] = String(source, "$.scripts." + script.Name, script.Value)!;
                            }

                            break;
                        default:
                            throw Shape(source, "$." + property.Name, "is not a mapping field (key, name, clips, scripts)");
                    }
                }

                return mapping;
            }
        }

        /// <summary>Adds <c>tag=column</c> (the command line's <c>--map</c>).</summary>
        /// <param name="assignment">The text.</param>
        /// <exception cref="FormatException">It is not <c>tag=column</c>.</exception>
        public void AddClip(string assignment)
        {
            var (tag, column) = Split(assignment, "--map", "tag=column");
            Clips[tag] = column;
        }

        /// <summary>Adds <c>scene=column</c> (the command line's <c>--script</c>).</summary>
        /// <param name="assignment">The text, e.g. <c>0=greeting</c>.</param>
        /// <exception cref="FormatException">It is not <c>scene=column</c> with a scene position.</exception>
        public void AddScript(string assignment)
        {
            var (scene, column) = Split(assignment, "--script", "scene=column");
            if (!int.TryParse(scene, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                throw new FormatException($"--script '{assignment}': the scene must be its position in the project (0, 1, ...).");
            }

            Scripts[index] = column;
        }

        private static (string Left, string Right) Split(string assignment, string option, string shape)
        {
            int at = assignment?.IndexOf('=') ?? -1;
            if (at <= 0 || at == assignment!.Length - 1)
            {
                throw new FormatException($"{option} '{assignment}' must be {shape}.");
            }

            return (assignment.Substring(0, at).Trim(), assignment.Substring(at + 1).Trim());
        }

        private static string? String(string source, string path, JsonElement value) =>
            value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                _ => throw Shape(source, path, "must be a string"),
            };

        private static JsonElement.ObjectEnumerator Object(string source, string path, JsonElement value) =>
            value.ValueKind == JsonValueKind.Object ? value.EnumerateObject() : throw Shape(source, path, "must be an object");

        private static FormatException Shape(string source, string path, string problem) =>
            new FormatException($"{source}: error: {path} {problem}.");
    }
}
