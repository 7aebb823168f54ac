using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>A workspace of <c>GET /dropdown/workspaces</c>; its id goes into <c>workspaceId</c>.</summary>
    public sealed class Workspace
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="id">The id.</param>
        /// <param name="name">The name.</param>
        public Workspace(string id, string? name)
        {
            Id = id;
            Name = name;
        }

        /// <summary><c>workspaceId</c>.</summary>
        public string Id { get; }

        /// <summary><c>workspaceName</c>.</summary>
        public string? Name { get; }

        /// <summary>Name and id.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Name} ({Id})";

        /// <summary>The shape is not documented: a list, a list under a property, or one object are all read.</summary>
        internal static IReadOnlyList<Workspace> ReadList(JsonElement data)
        {
            var list = new List<Workspace>();
            if (data.ValueKind == JsonValueKind.Object && DataReader.StringOrNumber(data, "workspaceId") is not null)
            {
                Add(data, list);
                return list;
            }

            JsonElement items = DataReader.ListItems(data, "workspaces")
                ?? throw new Client.Http.UnexpectedAnswerException("data holds no workspaces.");
            foreach (JsonElement item in items.EnumerateArray())
            {
                Add(item, list);
            }

            return list;
        }

        private static void Add(JsonElement item, List<Workspace> list)
        {
            string id = (DataReader.StringOrNumber(DataReader.Object(item, "A listed workspace"), "workspaceId") ?? DataReader.StringOrNumber(item, "id"))
                ?? throw new Client.Http.UnexpectedAnswerException("A listed workspace has no \"workspaceId\".");
            list.Add(new Workspace(id, DataReader.String(item, "workspaceName") ?? DataReader.String(item, "name")));
        }
    }
}
