using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using AiStudios.Generator.Json;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiStudios.Analyzers.Facts
{
    /// <summary>
    /// A project's own avatar catalogs (AdditionalFiles named <c>avatars.json</c> or
    /// <c>*.avatars.json</c>, the files the generator turns into typed avatars and registers at
    /// run time), so an avatar the project adds is not reported as unknown. A catalog that cannot
    /// be read adds nothing: the generator already reports it (AIS9008). A file with
    /// <c>"complete": true</c> declares the catalog complete, as the MSBuild property
    /// <c>AiStudiosAvatarCatalogComplete</c> does.
    /// </summary>
    internal static class UserCatalogs
    {
        /// <summary>The MSBuild property that declares the project's avatar catalog complete (compiler-visible through the package).</summary>
        public const string CompleteProperty = "build_property.AiStudiosAvatarCatalogComplete";

        /// <summary>The avatars of the project's catalogs and the SDK's, complete when the project says so.</summary>
        public static AvatarFactsTable Facts(AvatarFacts[] sdkAvatars, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            List<AvatarFacts> avatars = Read(options.AdditionalFiles, cancellationToken, out bool fileSaysComplete);
            bool propertySaysComplete = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(CompleteProperty, out string? text)
                && bool.TryParse(text?.Trim(), out bool complete) && complete;
            return new AvatarFactsTable(fileSaysComplete || propertySaysComplete, sdkAvatars, avatars);
        }

        private static List<AvatarFacts> Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken, out bool complete)
        {
            complete = false;
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
                    JsonNode root = JsonParser.Parse(text);
                    ReadCatalog(root, avatars);
                    complete |= root.Kind == JsonKind.Object && root["complete"]?.Kind == JsonKind.True;
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
            if (clothes.Kind != JsonKind.Object || clothes["id"]?.StringValue is not string id)
            {
                return null;
            }

            // An entry of the account's list has ids only; a size counts only whole.
            double? width = Number(clothes["width"]);
            double? height = Number(clothes["height"]);
            if (width is null || height is null)
            {
                width = height = null;
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
