namespace AiStudios.Generator
{
    /// <summary>Names of pipeline steps, so tests can assert which steps re-ran.</summary>
    internal static class TrackingNames
    {
        public const string SchemaFiles = nameof(SchemaFiles);
        public const string SchemaModels = nameof(SchemaModels);
        public const string CatalogFiles = nameof(CatalogFiles);
        public const string CatalogModels = nameof(CatalogModels);
        public const string CompilationFacts = nameof(CompilationFacts);
        public const string GeneratorOptions = nameof(GeneratorOptions);
        public const string LanguageFeatures = nameof(LanguageFeatures);
    }
}
