using System;
using System.Text.Json;
using AiStudios.Serialization;

namespace AiStudios
{
    /// <summary>Build()'s deep copies, made through JSON: the one copy every generated class supports.</summary>
    internal static class JsonCopy
    {
        /// <summary>
        /// Writes and reads back a value. What JSON cannot carry (a NaN or infinite number, an enum
        /// value that is no member, a required property or a list item set to null) fails here, as
        /// an <see cref="InvalidOperationException"/> that starts with <paramref name="where"/>.
        /// </summary>
        public static T Of<T>(Action<Utf8JsonWriter> write, JsonReadFunc<T> read, string where)
        {
            try
            {
                return JsonDocumentWriter.ReadBack(write, read);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or JsonException)
            {
                throw new InvalidOperationException($"{where}: {Explain(e)}", e);
            }
        }

        private static string Explain(Exception e) => e switch
        {
            // The copy's JSON is never shown, so the line and byte position in it would not help.
            AiStudiosJsonException json => json.Path == "$" ? json.Problem : $"{json.Problem} (at {json.Path})",
            ArgumentOutOfRangeException { ActualValue: Enum value } => $"({value.GetType().Name}){value} is none of {value.GetType().Name}'s members, and JSON carries only those.",
            _ => e.Message,
        };
    }
}
