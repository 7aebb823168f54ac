using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>One template of <c>GET /dropdown/templates_business</c>; its id goes to <see cref="AiStudiosClient.CreateProjectFromTemplateAsync"/>.</summary>
    public sealed class TemplateSummary
    {
        private static readonly string[] Known = { "id", "name" };

        /// <summary>Creates an entry, e.g. for a test double of the client.</summary>
        /// <param name="id">The template id.</param>
        /// <param name="name">Its name.</param>
        public TemplateSummary(string id, string? name)
            : this(id, name, new Dictionary<string, JsonElement>())
        {
        }

        private TemplateSummary(string id, string? name, IReadOnlyDictionary<string, JsonElement> additionalProperties)
        {
            Id = id;
            Name = name;
            AdditionalProperties = additionalProperties;
        }

        /// <summary><c>id</c> (the reference's page calls it an avatar id by mistake).</summary>
        public string Id { get; }

        /// <summary><c>name</c>.</summary>
        public string? Name { get; }

        /// <summary>The entry's other fields, as sent (a thumbnail, say).</summary>
        public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; }

        /// <summary>Name and id.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Name} ({Id})";

        /// <summary>The shape of <c>data</c> is not documented: a list, or a list under <c>templates</c> (or another property), are read.</summary>
        internal static IReadOnlyList<TemplateSummary> ReadList(JsonElement data)
        {
            JsonElement items = DataReader.ListItems(data, "templates")
                ?? throw new Client.Http.UnexpectedAnswerException("data holds no list of templates.");
            var list = new List<TemplateSummary>(items.GetArrayLength());
            foreach (JsonElement item in items.EnumerateArray())
            {
                string id = DataReader.StringOrNumber(DataReader.Object(item, "A listed template"), "id")
                    ?? throw new Client.Http.UnexpectedAnswerException("A listed template has no \"id\".");
                list.Add(new TemplateSummary(id, DataReader.String(item, "name"), DataReader.Others(item, Known)));
            }

            return list;
        }
    }
}
