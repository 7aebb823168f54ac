using System;
using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>A text in the languages the service labels avatars in.</summary>
    public sealed class LocalizedText
    {
        /// <summary>Creates a label.</summary>
        /// <param name="en">English.</param>
        /// <param name="ko">Korean.</param>
        public LocalizedText(string? en, string? ko)
        {
            En = en;
            Ko = ko;
        }

        /// <summary>English (<c>en</c>).</summary>
        public string? En { get; }

        /// <summary>Korean (<c>ko</c>).</summary>
        public string? Ko { get; }

        /// <summary>English when there is one, otherwise Korean.</summary>
        /// <returns>The text, or an empty string.</returns>
        public override string ToString() => En ?? Ko ?? string.Empty;

        internal static LocalizedText? Read(JsonElement obj, string name)
        {
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.Object => new LocalizedText(DataReader.String(value, "en"), DataReader.String(value, "ko")),
                JsonValueKind.String => new LocalizedText(value.GetString(), null),
                _ => null,
            };
        }
    }

    /// <summary>One avatar of <c>GET /model</c>, with the clothes it can wear.</summary>
    public sealed class AvatarModelInfo
    {
        private static readonly string[] Known = { "id", "label", "thumbnail", "clothes", "avatarType" };

        /// <summary>Creates an entry.</summary>
        /// <param name="id">The avatar id, e.g. <c>M000045058</c>.</param>
        /// <param name="label">Its name.</param>
        /// <param name="thumbnail">A picture of it.</param>
        /// <param name="clothes">Its clothes.</param>
        public AvatarModelInfo(string id, LocalizedText? label, Uri? thumbnail, IReadOnlyList<AvatarClothesInfo> clothes)
        {
            Id = id;
            Label = label;
            Thumbnail = thumbnail;
            Clothes = clothes;
        }

        /// <summary><c>id</c>: the value of <c>model.ai_name</c> in an avatar clip and of <c>model</c> in a simple video.</summary>
        public string Id { get; }

        /// <summary><c>label</c> {<c>ko</c>, <c>en</c>}.</summary>
        public LocalizedText? Label { get; }

        /// <summary><c>thumbnail</c>.</summary>
        public Uri? Thumbnail { get; }

        /// <summary><c>clothes</c>.</summary>
        public IReadOnlyList<AvatarClothesInfo> Clothes { get; }

        /// <summary>
        /// <c>avatarType</c>, when <c>GET /model</c> sends one (the reference lists it only for
        /// <c>GET /dropdown/models</c>); null otherwise.
        /// </summary>
        public string? AvatarType { get; private set; }

        /// <summary>The entry's fields other than the documented ones, as sent.</summary>
        public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; private set; } = new Dictionary<string, JsonElement>();

        /// <summary>Id and label.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Id} ({Label})";

        internal static IReadOnlyList<AvatarModelInfo> ReadList(JsonElement data, Uri baseAddress)
        {
            JsonElement items = DataReader.ListItems(data, "models")
                ?? throw new Client.Http.UnexpectedAnswerException("data holds no list of models.");
            var list = new List<AvatarModelInfo>(items.GetArrayLength());
            foreach (JsonElement item in items.EnumerateArray())
            {
                string id = DataReader.StringOrNumber(DataReader.Object(item, "A listed model"), "id")
                    ?? throw new Client.Http.UnexpectedAnswerException("A listed model has no \"id\".");

                var clothes = new List<AvatarClothesInfo>();
                if (item.TryGetProperty("clothes", out JsonElement clothesArray) && clothesArray.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement entry in clothesArray.EnumerateArray())
                    {
                        if (DataReader.StringOrNumber(entry, "id") is string clothesId)
                        {
                            clothes.Add(new AvatarClothesInfo(clothesId, LocalizedText.Read(entry, "label"), DataReader.Url(entry, "thumbnail", baseAddress)));
                        }
                    }
                }

                list.Add(new AvatarModelInfo(id, LocalizedText.Read(item, "label"), DataReader.Url(item, "thumbnail", baseAddress), clothes)
                {
                    AvatarType = DataReader.String(item, "avatarType"),
                    AdditionalProperties = DataReader.Others(item, Known),
                });
            }

            return list;
        }
    }

    /// <summary>A set of clothes of an avatar.</summary>
    public sealed class AvatarClothesInfo
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="id">The clothes id, e.g. <c>BG00002320</c>.</param>
        /// <param name="label">Its name.</param>
        /// <param name="thumbnail">A picture.</param>
        public AvatarClothesInfo(string id, LocalizedText? label, Uri? thumbnail)
        {
            Id = id;
            Label = label;
            Thumbnail = thumbnail;
        }

        /// <summary><c>id</c>: the value of <c>model.emotion</c> in an avatar clip and of <c>clothes</c> in a simple video.</summary>
        public string Id { get; }

        /// <summary><c>label</c>.</summary>
        public LocalizedText? Label { get; }

        /// <summary><c>thumbnail</c>.</summary>
        public Uri? Thumbnail { get; }

        /// <summary>Id and label.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Id} ({Label})";
    }
}
