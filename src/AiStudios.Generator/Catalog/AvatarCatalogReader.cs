using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Diagnostics;
using AiStudios.Generator.Json;
using AiStudios.Generator.Model;
using AiStudios.Generator.Schema;

namespace AiStudios.Generator.Catalog
{
    /// <summary>Reads an avatar catalog (format in schema/README.md); never throws.</summary>
    internal sealed class AvatarCatalogReader
    {
        private readonly string _path;
        private string _className = "Avatars";
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();

        private AvatarCatalogReader(string path)
        {
            _path = path;
        }

        public static bool IsCatalogPath(string path)
        {
            string name = System.IO.Path.GetFileName(path);
            return name.Equals("avatars.json", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".avatars.json", StringComparison.OrdinalIgnoreCase);
        }

        public static CatalogResult Read(string path, string text, string? rootNamespace)
        {
            var reader = new AvatarCatalogReader(path);
            try
            {
                CatalogModel? model = reader.ReadRoot(JsonParser.Parse(text), rootNamespace);
                return new CatalogResult(reader._diagnostics.Count == 0 ? model : null, reader._diagnostics.ToEquatableArray());
            }
            catch (JsonSyntaxException e)
            {
                reader.Report(e.Position, Math.Max(1, e.Length), $"'{System.IO.Path.GetFileName(path)}' is not valid JSON: {e.Message}");
                return new CatalogResult(null, reader._diagnostics.ToEquatableArray());
            }
            catch (Exception e)
            {
                reader._diagnostics.Add(DiagnosticInfo.InternalError(path, e));
                return new CatalogResult(null, reader._diagnostics.ToEquatableArray());
            }
        }

        private CatalogModel? ReadRoot(JsonNode root, string? rootNamespace)
        {
            if (root.Kind != JsonKind.Object)
            {
                Report(root, "the catalog must be a JSON object with an \"avatars\" array");
                return null;
            }

            string ns = root["namespace"]?.StringValue ?? rootNamespace ?? "AiStudios.Avatars";
            if (!Naming.IsValidNamespace(ns))
            {
                Report(root["namespace"] ?? root, $"'{ns}' is not a C# namespace");
                return null;
            }

            string className = root["className"]?.StringValue ?? "Avatars";
            _className = className;
            if (!Naming.IsValidIdentifier(className))
            {
                Report(root["className"]!, $"'{className}' is not a C# class name");
                return null;
            }

            JsonNode? avatars = root["avatars"];
            if (avatars?.Kind != JsonKind.Array)
            {
                Report(avatars ?? root, "\"avatars\" must be an array");
                return null;
            }

            var result = new List<AvatarInfo>();
            foreach (JsonNode avatar in avatars.Items)
            {
                AvatarInfo? info = ReadAvatar(avatar);
                if (info is not null)
                {
                    if (result.Any(a => a.Name == info.Name))
                    {
                        Report(avatar, $"the avatar '{info.Id}' is listed twice");
                        continue;
                    }

                    result.Add(info);
                }
            }

            JsonNode? complete = root["complete"];
            if (complete is not null && complete.Kind != JsonKind.True && complete.Kind != JsonKind.False)
            {
                Report(complete, "\"complete\" must be true or false");
                return null;
            }

            return new CatalogModel
            {
                SourcePath = _path,
                Namespace = ns,
                ClassName = className,
                Avatars = result.ToEquatableArray(),
                IsComplete = complete?.Kind == JsonKind.True,
            };
        }

        private AvatarInfo? ReadAvatar(JsonNode avatar)
        {
            string? id = avatar.Kind == JsonKind.Object ? avatar["id"]?.StringValue : null;
            if (id is null || id.Length == 0)
            {
                Report(avatar, "every avatar needs a non-empty string \"id\"");
                return null;
            }

            string name = avatar["csharpName"]?.StringValue ?? Naming.ToPascalCase(id);
            JsonNode? clothes = avatar["clothes"];
            if (clothes?.Kind != JsonKind.Array || clothes.Items.Count == 0)
            {
                Report(clothes ?? avatar, $"the avatar '{id}' needs a non-empty \"clothes\" array");
                return null;
            }

            var list = new List<ClothesInfo>();
            foreach (JsonNode item in clothes.Items)
            {
                ClothesInfo? info = ReadClothes(id, item);
                if (info is not null)
                {
                    list.Add(info);
                }
            }

            string defaultClothes = avatar["defaultClothes"]?.StringValue ?? (list.Count > 0 ? list[0].Id : string.Empty);
            if (list.Count > 0 && list.All(c => c.Id != defaultClothes))
            {
                Report(avatar["defaultClothes"]!, $"the default clothes '{defaultClothes}' of '{id}' are not among its clothes");
                return null;
            }

            if (!Naming.IsValidIdentifier(name))
            {
                Report(avatar, $"'{name}' is not a C# identifier; set \"csharpName\"");
                return null;
            }

            if (name == _className || name == "Register" || name == "RegisterWithDefaultCatalog")
            {
                Report(avatar, $"the avatar '{id}' would be named '{name}', which the generated class {_className} already uses; set \"csharpName\"");
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (ClothesInfo entry in list)
            {
                if (entry.Name == name || entry.Name == "Id" || entry.Name == "Default" || !seen.Add(entry.Name))
                {
                    Report(avatar, $"the clothes '{entry.Id}' of '{id}' would be named '{entry.Name}', which is taken (by the avatar, Id, Default or other clothes); set \"csharpName\" on the clothes");
                    return null;
                }
            }

            return new AvatarInfo { Id = id, Name = name, Description = avatar["description"]?.StringValue, DefaultClothes = defaultClothes, Clothes = list.ToEquatableArray() };
        }

        private ClothesInfo? ReadClothes(string avatarId, JsonNode clothes)
        {
            string? id = clothes.Kind == JsonKind.Object ? clothes["id"]?.StringValue : null;
            if (id is null || id.Length == 0)
            {
                Report(clothes, $"clothes of '{avatarId}' need \"id\", a non-empty string");
                return null;
            }

            // The account's list gives ids only: size, placement and model are optional, a size whole or not at all.
            JsonNode? widthNode = clothes["width"];
            JsonNode? heightNode = clothes["height"];
            double? width = ExactNumber(widthNode);
            double? height = ExactNumber(heightNode);
            if ((widthNode is null) != (heightNode is null) || (widthNode is not null && (width is null || width <= 0)) || (heightNode is not null && (height is null || height <= 0)))
            {
                Report(widthNode ?? heightNode ?? clothes, $"the clothes '{id}' of '{avatarId}' need both \"width\" and \"height\" (numbers above 0 a double holds exactly) or neither");
                return null;
            }

            JsonNode? model = clothes["model"];
            if (model is not null && model.Kind != JsonKind.Object)
            {
                Report(model, $"\"model\" of the clothes '{id}' of '{avatarId}' must be an object (the avatar clip's model metadata)");
                return null;
            }

            string name = clothes["csharpName"]?.StringValue ?? Naming.ToPascalCase(id);
            if (!Naming.IsValidIdentifier(name))
            {
                Report(clothes, $"'{name}' is not a C# identifier; set \"csharpName\"");
                return null;
            }

            var placements = new List<PlacementInfo>();
            JsonNode? placement = clothes["placement"];
            if (placement?.Kind == JsonKind.Object)
            {
                foreach (JsonMember member in placement.Members)
                {
                    double? left = member.Value.Kind == JsonKind.Object ? ExactNumber(member.Value["left"]) : null;
                    double? top = member.Value.Kind == JsonKind.Object ? ExactNumber(member.Value["top"]) : null;
                    if (left is null || top is null)
                    {
                        Report(member.Value, $"the placement '{member.Name}' needs \"left\" and \"top\", numbers a double holds exactly");
                        continue;
                    }

                    placements.Add(new PlacementInfo(member.Name, left.Value, top.Value));
                }
            }

            return new ClothesInfo
            {
                Id = id,
                Name = name,
                Description = clothes["description"]?.StringValue,
                Width = width,
                Height = height,
                Placements = placements.ToEquatableArray(),
                EditorScale = ExactNumber(model?["editor"]?["scale"]),
                ModelJson = JsonText.Write(WithIds(model ?? JsonNode.Object(clothes.Start), avatarId, id)),
            };
        }

        /// <summary>
        /// A number as the double it is exactly; null for anything else. The SDK reads JSON numbers by
        /// the same rule (9007199254740993 or 1e-400 would be changed, 1e400 would not even compile).
        /// </summary>
        private static double? ExactNumber(JsonNode? node) =>
            node?.Kind == JsonKind.Number
            && double.TryParse(node.NumberText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)
            && AiStudios.Serialization.JsonNumbers.IsExactDouble(System.Text.Encoding.ASCII.GetBytes(node.NumberText!), value)
                ? value
                : null;

        /// <summary>The clip's model object: the catalog's metadata with the entry's ids as <c>ai_name</c> and <c>emotion</c>.</summary>
        private static JsonNode WithIds(JsonNode model, string avatarId, string clothesId)
        {
            JsonNode result = JsonNode.Object(model.Start);
            result.Members.Add(new JsonMember("ai_name", model.Start, 0, JsonNode.String(model.Start, avatarId)));
            result.Members.Add(new JsonMember("emotion", model.Start, 0, JsonNode.String(model.Start, clothesId)));
            result.Members.AddRange(model.Members.Where(m => m.Name != "ai_name" && m.Name != "emotion"));
            return result;
        }

        private void Report(JsonNode node, string message) => Report(node.Start, Math.Max(1, Math.Min(node.Length, 80)), message);

        private void Report(TextPosition position, int length, string message) =>
            _diagnostics.Add(new DiagnosticInfo(
                DiagnosticDescriptors.InvalidCatalog.Id,
                new[] { message }.ToEquatableArray(),
                LocationInfo.At(_path, position, length)));
    }
}
