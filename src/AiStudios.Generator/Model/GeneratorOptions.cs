using Microsoft.CodeAnalysis.Diagnostics;

namespace AiStudios.Generator.Model
{
    /// <summary>
    /// What a project asks the generator to emit, from MSBuild properties made visible to the
    /// compiler (<c>CompilerVisibleProperty</c>):
    /// <c>AiStudiosGenerateModel</c> (default true): the model, its JSON code, the builder and avatar constants;
    /// <c>AiStudiosGenerateRuleFacts</c> (default false): the schema and avatar facts the shared
    /// validation rules read (src/AiStudios.Rules), plus, with the model, the code that turns the
    /// model into the rules' neutral tree. The analyzer assembly sets model=false, facts=true.
    /// <c>AiStudiosAvatarCatalogComplete</c> (default false): the project's avatar catalogs list every avatar it may
    /// use, so the generated registration marks <c>AvatarCatalog.Default</c> complete, as the analyzers assume.
    /// </summary>
    internal sealed record GeneratorOptions(bool Model, bool RuleFacts, bool CatalogComplete = false)
    {
        /// <summary>The MSBuild property (made compiler-visible by the package) that declares the catalog complete.</summary>
        public const string CatalogCompleteProperty = "build_property.AiStudiosAvatarCatalogComplete";

        public static GeneratorOptions Default { get; } = new GeneratorOptions(true, false);

        public static GeneratorOptions From(AnalyzerConfigOptions options) => new GeneratorOptions(
            Flag(options, "build_property.AiStudiosGenerateModel", Default.Model),
            Flag(options, "build_property.AiStudiosGenerateRuleFacts", Default.RuleFacts),
            Flag(options, CatalogCompleteProperty, false));

        private static bool Flag(AnalyzerConfigOptions options, string key, bool fallback) =>
            options.TryGetValue(key, out string? text) && bool.TryParse(text?.Trim(), out bool value) ? value : fallback;
    }
}
