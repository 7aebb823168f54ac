using AiStudios.Generator.Json;

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
    }
}
