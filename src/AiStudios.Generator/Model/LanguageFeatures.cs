using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Model
{
    /// <summary>
    /// What the consumer's C# version allows in generated code, read from its parse options:
    /// nullable annotations need C# 8, <c>[ModuleInitializer]</c> C# 9.
    /// </summary>
    internal sealed record LanguageFeatures(bool NullableAnnotations, bool ModuleInitializers)
    {
        public static LanguageFeatures Latest { get; } = new LanguageFeatures(true, true);

        public static LanguageFeatures From(ParseOptions options) =>
            options is CSharpParseOptions csharp ? From(csharp.LanguageVersion) : Latest;

        public static LanguageFeatures From(LanguageVersion version) =>
            new LanguageFeatures(version >= LanguageVersion.CSharp8, version >= LanguageVersion.CSharp9);
    }
}
