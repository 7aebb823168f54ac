using System;
using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>
    /// One template of <c>/dropdown/templates_automation</c>: a template of the automation family (docs, topic, url or
    /// scripts to video), which this SDK does not cover; listed so an automation call made elsewhere can be given its id.
    /// </summary>
    public sealed class AutomationTemplate
    {
        private static readonly string[] Known = { "id", "name", "thumbnailUrl" };

        /// <summary>Creates an entry, e.g. for a test double of the client.</summary>
        /// <param name="id">The template id.</param>
        /// <param name="name">Its name.</param>
        /// <param name="thumbnailUrl">Its thumbnail.</param>
        public AutomationTemplate(string id, string? name, Uri? thumbnailUrl)
            : this(id, name, thumbnailUrl, new Dictionary<string, JsonElement>())
        {
        }

        private AutomationTemplate(string id, string? name, Uri? thumbnailUrl, IReadOnlyDictionary<string, JsonElement> additionalProperties)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name;
            ThumbnailUrl = thumbnailUrl;
            AdditionalProperties = additionalProperties;
        }

        /// <summary><c>id</c>.</summary>
        public string Id { get; }

        /// <summary><c>name</c>.</summary>
        public string? Name { get; }

        /// <summary><c>thumbnailUrl</c>: an http(s) URL, resolved against the service's address when relative; null when absent or not a URL.</summary>
        public Uri? ThumbnailUrl { get; }

        /// <summary>The entry's other fields, as sent.</summary>
        public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; }

        /// <summary>Name and id.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Name} ({Id})";

        /// <summary>The shape of <c>data</c> is not documented: a list, or a list under <c>templates</c> (or another property), are read.</summary>
        internal static IReadOnlyList<AutomationTemplate> ReadList(JsonElement data, Uri baseAddress)
        {
            JsonElement items = DataReader.ListItems(data, "templates")
                ?? throw new Client.Http.UnexpectedAnswerException("data holds no list of templates.");
            var list = new List<AutomationTemplate>(items.GetArrayLength());
            foreach (JsonElement item in items.EnumerateArray())
            {
                string id = DataReader.StringOrNumber(DataReader.Object(item, "A listed template"), "id")
                    ?? throw new Client.Http.UnexpectedAnswerException("A listed template has no \"id\".");
                list.Add(new AutomationTemplate(id, DataReader.String(item, "name"), DataReader.Url(item, "thumbnailUrl", baseAddress), DataReader.Others(item, Known)));
            }

            return list;
        }
    }
}
