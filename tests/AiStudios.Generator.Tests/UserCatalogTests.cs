using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiStudios.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Tests
{
    /// <summary>A user's own avatar catalog, in a user's project that references the SDK.</summary>
    public class UserCatalogTests
    {
        private const string Catalog = """
            {
              "avatars": [{
                "id": "M000099999",
                "description": "A presenter of ours.",
                "clothes": [{ "id": "BG00000001", "width": 500, "height": 1500, "placement": { "portrait": { "left": 290, "top": 400 } },
                              "model": { "language": "ko", "editor": { "scale": 0.5 } } }]
              }]
            }
            """;

        private static (GeneratorRunResult Result, Compilation Output) Run(string catalog)
        {
            CSharpCompilation user = CSharpCompilation.Create(
                "ContosoVideos",
                new[] { CSharpSyntaxTree.ParseText("namespace Contoso.Videos { public static class Use { public static string Id => Avatars.M000099999.Default.AvatarId; } }", GeneratorHarness.ParseOptions) },
                GeneratorHarness.References.Append(MetadataReference.CreateFromFile(typeof(global::AiStudios.Project).Assembly.Location)),
                GeneratorHarness.CompilationOptions);
            var run = GeneratorHarness.Run(
                GeneratorHarness.ParseOptions,
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "Contoso.Videos" },
                user,
                new[] { GeneratorHarness.Catalog(catalog, "/contoso/my.avatars.json") });
            return (run.Result.Results.Single(), run.Output);
        }

        [Fact]
        public void A_users_catalog_becomes_typed_constants_in_the_users_namespace_and_compiles()
        {
            (GeneratorRunResult result, Compilation output) = Run(Catalog);

            Assert.Empty(result.Diagnostics);
            GeneratedSourceResult source = Assert.Single(result.GeneratedSources);
            Assert.Contains("namespace Contoso.Videos", source.SourceText.ToString());
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }

        [Fact]
        public void A_users_catalog_registers_itself_with_the_default_catalog_when_the_assembly_loads()
        {
            (GeneratorRunResult result, _) = Run(Catalog);

            string text = result.GeneratedSources.Single().SourceText.ToString();
            Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", text);
            Assert.Contains("Register(global::AiStudios.AvatarCatalog.Default)", text);
        }

        [Fact]
        public void The_sdk_itself_does_not_register_through_a_module_initializer()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.EmptyCompilation("AiStudios"), GeneratorHarness.Catalog(GeneratorHarness.CatalogText));

            string text = run.Result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".Avatars.g.cs")).SourceText.ToString();
            Assert.DoesNotContain("ModuleInitializer", text);
        }

        [Fact]
        public void A_catalog_entry_whose_default_clothes_are_missing_is_AIS9008()
        {
            (GeneratorRunResult result, _) = Run(Catalog.Replace("\"description\": \"A presenter of ours.\",", "\"defaultClothes\": \"BG404\","));

            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("AIS9008", diagnostic.Id);
            Assert.Contains("BG404", diagnostic.GetMessage());
            Assert.Equal("/contoso/my.avatars.json", diagnostic.Location.GetLineSpan().Path);
        }
    }
}
