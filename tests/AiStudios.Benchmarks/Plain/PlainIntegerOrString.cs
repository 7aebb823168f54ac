using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiStudios.Benchmarks.Plain
{
    /// <summary>
    /// <c>fontWeight</c> as the schema types it (<c>["integer", "string"]</c>): the plain counterpart of the generated
    /// <c>IntegerOrString</c>, a struct read and written by a small converter, so both sides do the same work.
    /// </summary>
    [JsonConverter(typeof(PlainIntegerOrStringConverter))]
    public readonly struct PlainIntegerOrString
    {
        public PlainIntegerOrString(int number)
        {
            Number = number;
            Text = null;
        }

        public PlainIntegerOrString(string text)
        {
            Number = 0;
            Text = text;
        }

        public int Number { get; }

        public string? Text { get; }
    }

    public sealed class PlainIntegerOrStringConverter : JsonConverter<PlainIntegerOrString>
    {
        public override PlainIntegerOrString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => new PlainIntegerOrString(reader.GetInt32()),
            JsonTokenType.String => new PlainIntegerOrString(reader.GetString()!),
            _ => throw new JsonException("fontWeight must be a whole number or a string."),
        };

        public override void Write(Utf8JsonWriter writer, PlainIntegerOrString value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
            }
            else
            {
                writer.WriteNumberValue(value.Number);
            }
        }
    }
}
