using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>
    /// One avatar of <c>GET /dropdown/models</c> (1.5.x+): the avatars of the account, without clothes (those come from
    /// <see cref="AiStudiosClient.GetAvatarModelsAsync"/>, <c>GET /model</c>).
    /// </summary>
    public sealed class AvatarSummary
    {
        private static readonly string[] Known = { "id", "label", "avatarType" };

        /// <summary>Creates an entry, e.g. for a test double of the client.</summary>
        /// <param name="id">The avatar id, e.g. <c>M000045058</c>.</param>
        /// <param name="label">Its name.</param>
        /// <param name="avatarType">Its type, as the service names it.</param>
        public AvatarSummary(string id, string? label, string? avatarType)
            : this(id, label, avatarType, new Dictionary<string, JsonElement>())
        {
        }

        private AvatarSummary(string id, string? label, string? avatarType, IReadOnlyDictionary<string, JsonElement> additionalProperties)
        {
            Id = id;
            Label = label;
            AvatarType = avatarType;
            AdditionalProperties = additionalProperties;
        }

        /// <summary><c>id</c>: the value of <c>model.ai_name</c> in an avatar clip and of <c>model</c> in the simple calls.</summary>
        public string Id { get; }

        /// <summary><c>label</c>: the avatar's name.</summary>
        public string? Label { get; }

        /// <summary><c>avatarType</c> (added in April 2025); the service documents no values, so it is passed on as sent.</summary>
        public string? AvatarType { get; }

        /// <summary>The entry's other fields, as sent: the reference lists three, the service may send more.</summary>
        public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; }

        /// <summary>Id, label and type.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Id} ({Label}, {AvatarType})";

        /// <summary>The shape of <c>data</c> is not documented: a list, or a list under <c>models</c> (or another property), are read.</summary>
        internal static IReadOnlyList<AvatarSummary> ReadList(JsonElement data)
        {
            JsonElement items = DataReader.ListItems(data, "models")
                ?? throw new Client.Http.UnexpectedAnswerException("data holds no list of models.");
            var list = new List<AvatarSummary>(items.GetArrayLength());
            foreach (JsonElement item in items.EnumerateArray())
            {
                string id = DataReader.StringOrNumber(DataReader.Object(item, "A listed model"), "id")
                    ?? throw new Client.Http.UnexpectedAnswerException("A listed model has no \"id\".");
                list.Add(new AvatarSummary(id, LocalizedText.Read(item, "label")?.ToString(), DataReader.String(item, "avatarType"), DataReader.Others(item, Known)));
            }

            return list;
        }
    }
}
