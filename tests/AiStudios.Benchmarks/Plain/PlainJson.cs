using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AiStudios.Benchmarks.Plain
{
    /// <summary>
    /// (b): System.Text.Json's source generator. Unset properties are left out, as the generated
    /// writer leaves them out; the default mode lets it use its fast-path writer where it can.
    /// </summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(PlainProject))]
    public sealed partial class PlainJsonContext : JsonSerializerContext
    {
    }

    /// <summary>(c): the same classes through System.Text.Json's reflection serializer, same settings.</summary>
    public static class PlainReflection
    {
        public static readonly JsonSerializerOptions Options = Create();

        private static JsonSerializerOptions Create()
        {
            var options = new JsonSerializerOptions
            {
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            };

            // Read-only up front, as any long-lived options instance ends up after first use.
            options.MakeReadOnly();
            return options;
        }
    }
}
