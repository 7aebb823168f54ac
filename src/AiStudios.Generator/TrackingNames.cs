namespace AiStudios.Generator
{
    /// <summary>
    /// Names of pipeline steps, so tests can assert which steps re-ran. The tests collect every
    /// constant here by reflection: a step added to the pipeline is checked for caching once it is named here.
    /// </summary>
    internal static class TrackingNames
    {
        public const string GeneratorOptions = nameof(GeneratorOptions);
        public const string SchemaFiles = nameof(SchemaFiles);
        public const string SchemaResults = nameof(SchemaResults);
        public const string SchemaModels = nameof(SchemaModels);
        public const string SchemaDiagnostics = nameof(SchemaDiagnostics);
        public const string CompilationFacts = nameof(CompilationFacts);
        public const string LanguageFeatures = nameof(LanguageFeatures);
        public const string RootNamespace = nameof(RootNamespace);
        public const string CatalogFiles = nameof(CatalogFiles);
        public const string CatalogResults = nameof(CatalogResults);
        public const string CatalogModels = nameof(CatalogModels);
        public const string CatalogDiagnostics = nameof(CatalogDiagnostics);
    }
}
