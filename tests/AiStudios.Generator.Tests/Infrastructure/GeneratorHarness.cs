using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AiStudios.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Tests.Infrastructure
{
    /// <summary>Runs the generator the way the compiler does, over in-memory sources and additional files.</summary>
    internal static class GeneratorHarness
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(
            LanguageVersion.Latest,
            preprocessorSymbols: new[] { "NET", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER" });

        public static string SchemaText => File.ReadAllText(RepoPaths.Schema("project.schema.json"));

        public static string CatalogText => File.ReadAllText(RepoPaths.Schema("avatars.json"));

        public static AdditionalText Schema(string text, string path = "/repo/schema/project.schema.json") => new InMemoryAdditionalText(path, text);

        public static AdditionalText Catalog(string text, string path = "/repo/schema/avatars.json") => new InMemoryAdditionalText(path, text);

        /// <summary>The MSBuild properties src/AiStudios/AiStudios.csproj hands the generator.</summary>
        public static readonly IReadOnlyDictionary<string, string> SdkBuildProperties = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "AiStudios",
            ["build_property.AiStudiosGenerateRuleFacts"] = "true",
        };

        public static GeneratorDriver CreateDriver(params AdditionalText[] additionalTexts) =>
            CreateDriver(SdkBuildProperties, additionalTexts);

        public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string> buildProperties, params AdditionalText[] additionalTexts) =>
            CreateDriver(ParseOptions, buildProperties, additionalTexts);

        /// <summary>A driver that tracks its steps, so every run can be checked for caching.</summary>
        public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions, IReadOnlyDictionary<string, string> buildProperties, IEnumerable<AdditionalText> additionalTexts) =>
            CSharpGeneratorDriver.Create(
                new[] { new AiStudiosGenerator().AsSourceGenerator() },
                additionalTexts,
                parseOptions,
                new BuildProperties(buildProperties.ToDictionary(p => p.Key, p => p.Value)),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>As the SDK compiles: nullable on, unsafe code allowed (Serialization/RawSource pins the document read); the binding-redirect notes (CS1701/CS1702) the SDK also silences.</summary>
        public static CSharpCompilationOptions CompilationOptions { get; } = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            allowUnsafe: true,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

        /// <summary>An empty compilation named like the SDK, with .NET 10 references.</summary>
        public static CSharpCompilation EmptyCompilation(string assemblyName = "AiStudios", IEnumerable<SyntaxTree>? trees = null) =>
            CSharpCompilation.Create(
                assemblyName,
                trees ?? Array.Empty<SyntaxTree>(),
                References,
                CompilationOptions);

        /// <summary>The .NET 10 reference assemblies plus what the SDK itself depends on.</summary>
        public static IReadOnlyList<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll").Select(p => MetadataReference.CreateFromFile(p)))
            .ToList();

        /// <summary>
        /// The SDK's hand-written sources as its project compiles them: everything under
        /// src/AiStudios and the shared rules it imports (src/AiStudios.Rules), but obj/ and bin/.
        /// </summary>
        public static IReadOnlyList<SyntaxTree> SdkSources() =>
            new[] { "src/AiStudios", "src/AiStudios.Rules" }
                .SelectMany(folder => Directory.GetFiles(RepoPaths.InRepo(folder), "*.cs", SearchOption.AllDirectories))
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, p))
                .ToList();

        public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(Compilation compilation, params AdditionalText[] additionalTexts) =>
            Run(SdkBuildProperties, compilation, additionalTexts);

        public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(IReadOnlyDictionary<string, string> buildProperties, Compilation compilation, params AdditionalText[] additionalTexts) =>
            Run(ParseOptions, buildProperties, compilation, additionalTexts);

        /// <summary>
        /// Runs the generator once for the result, and once more over a copy of the compilation to
        /// check that the second run is fully cached (<see cref="CachingAssert"/>). Every test that
        /// runs the generator comes through here.
        /// </summary>
        public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(CSharpParseOptions parseOptions, IReadOnlyDictionary<string, string> buildProperties, Compilation compilation, IEnumerable<AdditionalText> additionalTexts)
        {
            GeneratorDriver driver = CreateDriver(parseOptions, buildProperties, additionalTexts).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
            CachingAssert.SecondRunIsCached(driver, compilation);
            return (driver, driver.GetRunResult(), output);
        }

        /// <summary>No MSBuild properties: what a plain project that adds a schema file gets.</summary>
        public static readonly IReadOnlyDictionary<string, string> NoBuildProperties = new Dictionary<string, string>();
    }
}
