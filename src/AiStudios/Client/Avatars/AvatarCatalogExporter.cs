using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Client.Avatars
{
    /// <summary>
    /// Writes the account's avatars in the avatar catalog format (<c>schema/README.md</c>): per avatar its id, a
    /// description (label and type), its default clothes (the first written) and its clothes; per clothes its id and
    /// label, and the image size, placements and drawing metadata where a compiled catalog knows that pair (the
    /// service lists none of them). The format makes them optional, so every pair is written unless
    /// <see cref="AvatarCatalogExportOptions.IncludeClothesWithoutGeometry"/> is false. Indented, in the service's
    /// order, so the file reads well in a diff.
    /// </summary>
    internal static class AvatarCatalogExporter
    {
        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            Indented = true,

            // Labels in Korean (or any script) stay readable in the checked-in file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static async Task<AvatarCatalogExport> WriteAsync(
            Stream destination,
            IReadOnlyList<AvatarModelInfo> models,
            IReadOnlyList<AvatarSummary> summaries,
            AvatarCatalog compiled,
            AvatarCatalogExportOptions? options,
            CancellationToken cancellationToken)
        {
            var byId = new Dictionary<string, AvatarModelInfo>(StringComparer.Ordinal);
            foreach (AvatarModelInfo model in models)
            {
                if (!byId.ContainsKey(model.Id))
                {
                    byId.Add(model.Id, model);
                }
            }

            var summaryById = summaries.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

            // The 1.5.x+ list decides the order; avatars only /model lists follow.
            List<string> order = summaries.Select(s => s.Id).Concat(models.Select(m => m.Id)).Distinct(StringComparer.Ordinal).ToList();
            var written = new List<string>();
            var skipped = new List<string>();
            var withoutGeometry = new List<string>();
            bool includeWithoutGeometry = options?.IncludeClothesWithoutGeometry ?? true;

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                if (options?.Namespace is { Length: > 0 } ns)
                {
                    writer.WriteString("namespace", ns);
                }

                if (options?.ClassName is { Length: > 0 } className)
                {
                    writer.WriteString("className", className);
                }

                writer.WriteStartArray("avatars");
                foreach (string id in order)
                {
                    List<(AvatarClothesInfo Info, AvatarClothes? Known)> clothes = ClothesOf(id, byId, compiled);
                    withoutGeometry.AddRange(clothes.Where(c => c.Known is null).Select(c => id + "/" + c.Info.Id));
                    if (!includeWithoutGeometry)
                    {
                        clothes.RemoveAll(c => c.Known is null);
                    }

                    if (clothes.Count == 0)
                    {
                        // A catalog entry needs clothes: /model listed none, or none it can carry.
                        skipped.Add(id);
                        continue;
                    }

                    summaryById.TryGetValue(id, out AvatarSummary? summary);
                    WriteAvatar(writer, byId[id], summary, clothes);
                    written.Add(id);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            buffer.Position = 0;
            await buffer.CopyToAsync(destination, 81920, cancellationToken).ConfigureAwait(false);
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
            return new AvatarCatalogExport(written, skipped, withoutGeometry);
        }

        /// <summary>The avatar's clothes (each id once), each with what a compiled catalog knows of it; empty when /model lists none.</summary>
        private static List<(AvatarClothesInfo Info, AvatarClothes? Known)> ClothesOf(string id, Dictionary<string, AvatarModelInfo> byId, AvatarCatalog compiled)
        {
            var list = new List<(AvatarClothesInfo, AvatarClothes?)>();
            if (byId.TryGetValue(id, out AvatarModelInfo? model))
            {
                foreach (AvatarClothesInfo clothes in model.Clothes.GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.First()))
                {
                    list.Add((clothes, compiled.TryGet(id, clothes.Id, out AvatarClothes known) && HasGeometry(known) ? known : null));
                }
            }

            return list;
        }

        private static void WriteAvatar(Utf8JsonWriter writer, AvatarModelInfo model, AvatarSummary? summary, List<(AvatarClothesInfo Info, AvatarClothes? Known)> clothesList)
        {
            writer.WriteStartObject();
            writer.WriteString("id", model.Id);
            string? label = summary?.Label ?? model.Label?.ToString();
            string? type = summary?.AvatarType ?? model.AvatarType;
            string description = string.IsNullOrEmpty(type) ? label ?? model.Id : $"{label ?? model.Id} ({type})";
            writer.WriteString("description", description);
            writer.WriteString("defaultClothes", clothesList[0].Info.Id);
            writer.WriteStartArray("clothes");
            foreach ((AvatarClothesInfo clothes, AvatarClothes? known) in clothesList)
            {
                writer.WriteStartObject();
                writer.WriteString("id", clothes.Id);
                if (clothes.Label?.ToString() is { Length: > 0 } clothesLabel)
                {
                    writer.WriteString("description", clothesLabel);
                }

                if (known is not null)
                {
                    WriteGeometry(writer, known);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        /// <summary>Whether a compiled entry knows more than the ids: a size, placements or drawing metadata.</summary>
        private static bool HasGeometry(AvatarClothes known) => known.Width is not null || known.Placements.Count > 0 || ModelHasMetadata(known);

        private static bool ModelHasMetadata(AvatarClothes known)
        {
            using JsonDocument model = JsonDocument.Parse(known.ModelJson);
            return model.RootElement.EnumerateObject().Any(p => p.Name is not ("ai_name" or "emotion"));
        }

        /// <summary>The compiled catalog's image size, placements and model, as that catalog has them.</summary>
        private static void WriteGeometry(Utf8JsonWriter writer, AvatarClothes known)
        {
            if (known.Width is double width && known.Height is double height)
            {
                writer.WriteNumber("width", width);
                writer.WriteNumber("height", height);
            }

            if (known.Placements.Count > 0)
            {
                writer.WriteStartObject("placement");
                foreach (AvatarPlacement placement in known.Placements)
                {
                    writer.WriteStartObject(placement.Orientation);
                    writer.WriteNumber("left", placement.Left);
                    writer.WriteNumber("top", placement.Top);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            if (!ModelHasMetadata(known))
            {
                return;
            }

            using JsonDocument model = JsonDocument.Parse(known.ModelJson);
            writer.WriteStartObject("model");
            foreach (JsonProperty property in model.RootElement.EnumerateObject())
            {
                // The ids are the entry's own; the generator writes them into the model.
                if (property.Name is not ("ai_name" or "emotion"))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }
    }
}
