using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Tests
{
    /// <summary>User projects: several catalogs, odd catalog content, and JSON Schemas that are not ours.</summary>
    public class CatalogEdgeCaseTests
    {
        private static readonly IReadOnlyDictionary<string, string> UserProject = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Contoso.Videos" };

        private static string Catalog(string avatarId, string clothesId = "BG1", string width = "500", string description = "x") =>
            "{\"avatars\":[{\"id\":\"" + avatarId + "\",\"description\":\"" + description + "\",\"clothes\":[{\"id\":\"" + clothesId + "\",\"width\":" + width + ",\"height\":1500,\"model\":{\"language\":\"ko\"}}]}]}";

        private static (GeneratorRunResult Result, Compilation Output) Run(params AdditionalText[] files)
        {
            CSharpCompilation user = CSharpCompilation.Create(
                "ContosoVideos",
                new[] { CSharpSyntaxTree.ParseText("namespace Contoso.Videos { public static class Use { } }", GeneratorHarness.ParseOptions) },
                GeneratorHarness.References.Append(MetadataReference.CreateFromFile(typeof(global::AiStudios.Project).Assembly.Location)),
                GeneratorHarness.CompilationOptions);
            var run = GeneratorHarness.Run(UserProject, user, files);
            return (run.Result.Results.Single(), run.Output);
        }

        private static Diagnostic[] Errors(Compilation output) =>
            output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

        [Fact]
        public void Two_catalog_files_fill_one_Avatars_class()
        {
            (GeneratorRunResult result, Compilation output) = Run(
                GeneratorHarness.Catalog(Catalog("M1"), "/contoso/a.avatars.json"),
                GeneratorHarness.Catalog(Catalog("M2"), "/contoso/b.avatars.json"));

            Assert.Null(result.Exception);
            Assert.Empty(result.Diagnostics);
            string text = Assert.Single(result.GeneratedSources).SourceText.ToString();
            Assert.Contains("public static class M1", text);
            Assert.Contains("public static class M2", text);
            Assert.Empty(Errors(output));
        }

        [Fact]
        public void An_avatar_listed_by_two_files_is_AIS9008_at_the_second()
        {
            (GeneratorRunResult result, Compilation output) = Run(
                GeneratorHarness.Catalog(Catalog("M1"), "/contoso/a.avatars.json"),
                GeneratorHarness.Catalog(Catalog("M1"), "/contoso/b.avatars.json"));

            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("AIS9008", diagnostic.Id);
            Assert.Equal("/contoso/b.avatars.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Empty(Errors(output));
        }

        [Theory]
        [InlineData("M1", "Default", "500")]
        [InlineData("M1", "Id", "500")]
        [InlineData("M1", "M1", "500")]
        [InlineData("Register", "BG1", "500")]
        [InlineData("Avatars", "BG1", "500")]
        [InlineData("M1", "BG1", "1e400")]
        public void Catalog_entries_that_would_not_compile_are_AIS9008(string avatarId, string clothesId, string width)
        {
            (GeneratorRunResult result, Compilation output) = Run(GeneratorHarness.Catalog(Catalog(avatarId, clothesId, width), "/contoso/my.avatars.json"));

            Assert.Contains(result.Diagnostics, d => d.Id == "AIS9008");
            Assert.Empty(Errors(output));
        }

        [Fact]
        public void Line_separators_in_catalog_text_do_not_break_the_generated_code()
        {
            (GeneratorRunResult result, Compilation output) = Run(GeneratorHarness.Catalog(Catalog("M1", description: "first\u2028second\u2029third\u0085fourth"), "/contoso/my.avatars.json"));

            Assert.Empty(result.Diagnostics);
            Assert.Empty(Errors(output));
        }

        [Fact]
        public void A_projects_own_json_schemas_are_left_alone()
        {
            // An appsettings schema with constructs the generator refuses: not ours, so no AIS9002 and no classes.
            (GeneratorRunResult result, Compilation output) = Run(
                GeneratorHarness.Schema("{\"type\":\"object\",\"properties\":{\"Logging\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"object\"}]}}}", "/contoso/appsettings.schema.json"),
                GeneratorHarness.Schema("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}", "/contoso/other.schema.json"));

            Assert.Empty(result.Diagnostics);
            Assert.Empty(result.GeneratedSources);
            Assert.Empty(Errors(output));
        }

        [Fact]
        public void A_schema_that_declares_x_namespace_is_read_whatever_its_name()
        {
            (GeneratorRunResult result, _) = Run(GeneratorHarness.Schema(
                "{\"x-namespace\":\"Contoso.Payloads\",\"x-csharp-name\":\"Order\",\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"description\":\"A.\"}}}",
                "/contoso/order.schema.json"));

            Assert.Contains(result.GeneratedSources, s => s.HintName == "Contoso.Payloads.Order.g.cs");
        }
    }
}
