using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using AiStudios.Generator.Json;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;

namespace AiStudios.Analyzers.Facts
{
    /// <summary>
    /// A project's own avatar catalogs (AdditionalFiles named <c>avatars.json</c> or
    /// <c>*.avatars.json</c>, the files the generator turns into typed avatars and registers at
    /// run time), so an avatar the project adds is not reported as unknown. A catalog that cannot
    /// be read adds nothing: the generator already reports it (AIS9008).
    /// </summary>
    internal static class UserCatalogs
    {
        public static List<AvatarFacts> Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            var avatars = new List<AvatarFacts>();
            foreach (AdditionalText file in files)
            {
                string name = System.IO.Path.GetFileName(file.Path);
                if (!name.Equals("avatars.json", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".avatars.json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string? text = file.GetText(cancellationToken)?.ToString();
                if (text is null)
                {
                    continue;
                }

                try
                {
                    ReadCatalog(JsonParser.Parse(text), avatars);
                }
                catch (JsonSyntaxException)
                {
                    // Reported by the generator; nothing to add.
                }
            }

            return avatars;
        }

        private static void ReadCatalog(JsonNode root, List<AvatarFacts> into)
        {
            if (root.Kind != JsonKind.Object || root["avatars"] is not { Kind: JsonKind.Array } list)
            {
                return;
            }

            foreach (JsonNode avatar in list.Items)
            {
                string? id = avatar.Kind == JsonKind.Object ? avatar["id"]?.StringValue : null;
                if (id is null || avatar["clothes"] is not { Kind: JsonKind.Array } clothesList)
                {
                    continue;
                }

                var clothes = new List<ClothesFacts>();
                foreach (JsonNode item in clothesList.Items)
                {
                    ClothesFacts? entry = ReadClothes(item);
                    if (entry is not null)
                    {
                        clothes.Add(entry);
                    }
                }

                if (clothes.Count > 0)
                {
                    into.Add(new AvatarFacts(id, avatar["defaultClothes"]?.StringValue ?? clothes[0].Id, clothes));
                }
            }
        }

        private static ClothesFacts? ReadClothes(JsonNode clothes)
        {
            if (clothes.Kind != JsonKind.Object || clothes["id"]?.StringValue is not string id
                || Number(clothes["width"]) is not double width || Number(clothes["height"]) is not double height)
            {
                return null;
            }

            var placements = new List<PlacementFacts>();
            if (clothes["placement"] is { Kind: JsonKind.Object } placement)
            {
                foreach (JsonMember member in placement.Members)
                {
                    if (member.Value.Kind == JsonKind.Object && Number(member.Value["left"]) is double left && Number(member.Value["top"]) is double top)
                    {
                        placements.Add(new PlacementFacts(member.Name, left, top));
                    }
                }
            }

            return new ClothesFacts(id, width, height, Number(clothes["model"]?["editor"]?["scale"]), placements);
        }

        private static double? Number(JsonNode? node) =>
            node?.NumberText is string text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;
    }
}
