using AiStudios.Generator.Json;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// The one way emitted code spells a string from a schema or catalog: every literal goes
    /// through here, so a name holding <c>"</c>, <c>\</c>, a control character or a line separator
    /// (U+2028, which ends a C# line) cannot break the generated file. The escaping is
    /// <see cref="JsonText.Quote"/>'s, whose output is valid JSON and valid C# alike.
    /// </summary>
    internal static class CSharpLiteral
    {
        /// <summary>A C# string literal, or <c>null</c>.</summary>
        public static string String(string? value) => value is null ? "null" : JsonText.Quote(value);

        /// <summary>A C# UTF-8 string literal: <c>"type"u8</c>.</summary>
        public static string Utf8(string value) => JsonText.Quote(value) + "u8";

        /// <summary>A double as a C# literal that reads back as the same value: <c>0.5</c>, <c>1d</c>, <c>1E+21</c>.</summary>
        public static string Number(double value)
        {
            string text = AiStudios.Serialization.JsonNumbers.ShortestText(value);
            return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + "d";
        }

        /// <summary>An int as a C# literal, invariant whatever the compiler's culture.</summary>
        public static string Integer(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// A value the reader typed for its property, as a C# literal: null for an explicit JSON null
        /// (which lives in AdditionalProperties) and for a value no literal of the type can be.
        /// </summary>
        /// <param name="value">The value.</param>
        /// <param name="enumType">The global name of the property's enum, for an enum member.</param>
        public static string? Of(ValueModel value, string? enumType) => value.Kind switch
        {
            ValueKind.Boolean => value.Boolean ? "true" : "false",
            ValueKind.Integer => Integer((int)value.Number),
            ValueKind.Number => Number(value.Number),
            ValueKind.String => String(value.Text),
            ValueKind.EnumMember when enumType is not null => enumType + "." + value.Text,
            _ => null,
        };
    }
}
