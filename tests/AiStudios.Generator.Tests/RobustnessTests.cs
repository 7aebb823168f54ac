using System.Linq;
using AiStudios.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Tests
{
    /// <summary>A broken schema is a diagnostic at its file, line and column; the generator never throws.</summary>
    public class RobustnessTests
    {
        private static (Diagnostic[] Diagnostics, GeneratorRunResult Result) Run(string schema, string path = "/repo/schema/project.schema.json")
        {
            // Without the SDK's rule-facts switch, every generated file comes from the schema under test.
            var run = GeneratorHarness.Run(GeneratorHarness.NoBuildProperties, GeneratorHarness.EmptyCompilation(), GeneratorHarness.Schema(schema, path));
            GeneratorRunResult result = run.Result.Results.Single();
            Assert.Null(result.Exception);
            return (result.Diagnostics.ToArray(), result);
        }

        private static Diagnostic Single(string schema, string id)
        {
            (Diagnostic[] diagnostics, GeneratorRunResult result) = Run(schema);
            Assert.Empty(result.GeneratedSources.Where(_ => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)));
            return Assert.Single(diagnostics, d => d.Id == id);
        }

        private static (int Line, int Column) Position(Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }

        [Fact]
        public void Not_json_is_AIS9001_at_the_broken_character()
        {
            Diagnostic diagnostic = Single("{\n  \"type\": \"object\",\n  \"properties\": { \"a\": { \"type\": \"string\" }, }\n}", "AIS9001");

            Assert.Equal((3, 46), Position(diagnostic));
            Assert.Equal("/repo/schema/project.schema.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("Trailing comma", diagnostic.GetMessage());
        }

        [Theory]
        [InlineData("")]
        [InlineData("{")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": ")]
        [InlineData("{\"description\": \"unterminated}")]
        [InlineData("[1, 2,")]
        [InlineData("{\"a\": tru}")]
        [InlineData("{\"a\": -}")]
        [InlineData("{\"a\": \"\\x\"}")]
        public void Truncated_or_garbled_text_is_AIS9001(string schema)
        {
            Single(schema, "AIS9001");
        }

        [Fact]
        public void A_keyword_with_a_value_of_the_wrong_kind_is_AIS9004_at_the_value()
        {
            Diagnostic diagnostic = Single("{\n  \"type\": \"object\",\n  \"properties\": 5\n}", "AIS9004");

            Assert.Equal((3, 17), Position(diagnostic));
        }

        [Theory]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": 7}}}")]
        [InlineData("{\"type\": \"object\", \"required\": \"a\", \"properties\": {\"a\": {\"type\": \"string\"}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"enum\": [1, 2], \"x-csharp-type-name\": \"E\"}}}")]
        [InlineData("{\"type\": \"object\", \"x-csharp-name\": \"not valid\", \"properties\": {}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"number\", \"minimum\": \"zero\"}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"strng\"}}}")]
        public void Wrong_types_are_errors_and_emit_nothing(string schema)
        {
            (Diagnostic[] diagnostics, GeneratorRunResult result) = Run(schema);

            Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(result.GeneratedSources);
        }

        [Fact]
        public void An_unknown_keyword_is_a_warning_with_a_hint_and_code_is_still_emitted()
        {
            (Diagnostic[] diagnostics, GeneratorRunResult result) = Run("{\n  \"type\": \"object\",\n  \"x-csharp-nmae\": \"Thing\",\n  \"properties\": {}\n}");

            Diagnostic warning = Assert.Single(diagnostics);
            Assert.Equal("AIS9003", warning.Id);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal((3, 3), Position(warning));
            Assert.Contains("did you mean 'x-csharp-name'", warning.GetMessage());
            Assert.NotEmpty(result.GeneratedSources);
        }

        [Fact]
        public void A_ref_cycle_is_AIS9006()
        {
            string schema = "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/x\"}}, \"$defs\": {\"x\": {\"$ref\": \"#/$defs/y\"}, \"y\": {\"$ref\": \"#/$defs/x\"}}}";

            Diagnostic diagnostic = Single(schema, "AIS9006");

            Assert.Contains("x -> y -> x", diagnostic.GetMessage());
        }

        [Fact]
        public void A_base_class_cycle_is_AIS9006()
        {
            string schema = "{\"type\": \"object\", \"properties\": {}, \"$defs\": {\"a\": {\"allOf\": [{\"$ref\": \"#/$defs/b\"}], \"properties\": {}}, \"b\": {\"allOf\": [{\"$ref\": \"#/$defs/a\"}], \"properties\": {}}}}";

            (Diagnostic[] diagnostics, _) = Run(schema);

            Assert.Contains(diagnostics, d => d.Id == "AIS9006");
        }

        [Fact]
        public void An_unresolved_ref_is_AIS9005_at_the_ref()
        {
            Diagnostic diagnostic = Single("{\n\"type\": \"object\",\n\"properties\": {\"a\": {\"$ref\": \"#/$defs/missing\"}}\n}", "AIS9005");

            Assert.Equal(3, Position(diagnostic).Line);
        }

        [Theory]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"anyOf\": [{\"type\": \"string\"}]}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"object\", \"properties\": {}}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"https://example.com/other.json\"}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": [\"string\", \"boolean\"]}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": [\"integer\", \"number\"]}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"array\", \"items\": {\"type\": [\"integer\", \"string\"]}}}}")]
        [InlineData("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"array\"}}}")]
        public void Unsupported_constructs_are_AIS9002(string schema)
        {
            Single(schema, "AIS9002");
        }

        [Fact]
        public void A_broken_avatar_catalog_is_AIS9008_and_does_not_stop_the_model()
        {
            var run = GeneratorHarness.Run(
                GeneratorHarness.EmptyCompilation(),
                GeneratorHarness.Schema(GeneratorHarness.SchemaText),
                GeneratorHarness.Catalog("{\"avatars\": [{\"id\": \"M1\", \"clothes\": [{\"id\": \"C1\", \"width\": 679}]}]}"));
            GeneratorRunResult result = run.Result.Results.Single();

            Assert.Null(result.Exception);
            Assert.Contains(result.Diagnostics, d => d.Id == "AIS9008");
            Assert.Contains(result.GeneratedSources, s => s.HintName == "AiStudios.Project.g.cs");
            Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.EndsWith("Avatars.g.cs"));
        }

        [Theory]
        [InlineData("\"x-union\": {\"base\": \"#/$defs/base\", \"discriminator\": \"kind\"}")]
        [InlineData("\"x-union\": {\"base\": \"#/$defs/base\", \"discriminator\": \"size\"}")]
        public void A_union_whose_base_lacks_a_string_discriminator_is_AIS9004(string union)
        {
            // Found by the structural fuzz test: a union base without its discriminator crashed the emitter.
            string schema = "{\"type\": \"object\", \"properties\": {\"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/item\"}}}, \"$defs\": {"
                + "\"base\": {\"type\": \"object\", \"x-abstract\": true, \"properties\": {\"size\": {\"type\": \"number\"}}},"
                + "\"a\": {\"allOf\": [{\"$ref\": \"#/$defs/base\"}], \"properties\": {\"kind\": {\"const\": \"a\"}, \"size\": {\"const\": \"a\"}}},"
                + "\"item\": {" + union + ", \"oneOf\": [{\"$ref\": \"#/$defs/a\"}]}}}";

            (Diagnostic[] diagnostics, GeneratorRunResult result) = Run(schema);

            Assert.Contains(diagnostics, d => d.Id == "AIS9004");
            Assert.Empty(result.GeneratedSources);
        }

        [Fact]
        public void A_union_member_that_is_not_an_object_schema_is_AIS9004()
        {
            // Found by the structural fuzz test (seed 8S_ang-9lpY1): an emptied member crashed the emitter.
            var schema = System.Text.Json.Nodes.JsonNode.Parse(GeneratorHarness.SchemaText)!;
            schema["$defs"]!["shapeClip"] = new System.Text.Json.Nodes.JsonObject();

            (Diagnostic[] diagnostics, GeneratorRunResult result) = Run(schema.ToJsonString());

            Assert.Contains(diagnostics, d => d.Id == "AIS9004" && d.GetMessage().Contains("union member"));
            Assert.Empty(result.GeneratedSources);
        }

        [Theory]
        [InlineData("\"")]
        [InlineData("\\")]
        [InlineData("\u2028")]
        [InlineData("\n")]
        public void Hostile_characters_in_wire_names_and_values_still_give_code_that_compiles(string hostile)
        {
            // Wire names and values reach the generated code as string and UTF-8 literals, switch
            // labels and doc comments: a quote, a backslash or a line separator must break none of them.
            var schema = System.Text.Json.Nodes.JsonNode.Parse(GeneratorHarness.SchemaText)!;
            var root = schema["properties"]!.AsObject();
            System.Text.Json.Nodes.JsonNode name = root["name"]!;
            root.Remove("name");
            name["x-csharp-name"] = "Name";
            name["description"] = "Says " + hostile + " in a description.";
            root["na" + hostile + "me"] = name;
            root["we" + hostile + "ird"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "string", ["enum"] = new System.Text.Json.Nodes.JsonArray("a" + hostile, "b"), ["x-csharp-type-name"] = "Weird" };
            schema["properties"]!["resolution"]!["enum"]![1] = "10" + hostile + "80";
            schema["$defs"]!["shapeClip"]!["properties"]!["type"]!["const"] = "sha" + hostile + "pe";

            Compilation input = GeneratorHarness.EmptyCompilation(trees: GeneratorHarness.SdkSources());
            var run = GeneratorHarness.Run(input, GeneratorHarness.Schema(schema.ToJsonString()), GeneratorHarness.Catalog(GeneratorHarness.CatalogText));

            Assert.Empty(run.Result.Diagnostics);
            Diagnostic[] errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Take(10).Select(e => e.ToString())));
            SyntaxTree reader = run.Result.Results.Single().GeneratedSources.Single(s => s.HintName == "AiStudios.Project.Json.g.cs").SyntaxTree;
            Assert.Contains(
                reader.GetRoot().DescendantTokens(),
                t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.Utf8StringLiteralToken) && t.ValueText == "na" + hostile + "me");
        }

        [Theory]
        [InlineData("\"minimum\": 9007199254740993")]
        [InlineData("\"maximum\": 1e-400")]
        [InlineData("\"x-builder-initial\": 0.10000000000000001")]
        public void A_schema_number_no_double_holds_exactly_is_AIS9004_not_changed(string keyword)
        {
            Diagnostic diagnostic = Single("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"number\", " + keyword + "}}}", "AIS9004");

            Assert.Contains("exactly", diagnostic.GetMessage());
        }

        [Theory]
        [InlineData("\"width\": 9007199254740993")]
        [InlineData("\"width\": 1e400")]
        public void A_catalog_number_no_double_holds_exactly_is_AIS9008(string width)
        {
            string catalog = GeneratorHarness.CatalogText.Replace("\"width\": 679", width);
            Assert.NotEqual(GeneratorHarness.CatalogText, catalog);
            var run = GeneratorHarness.Run(GeneratorHarness.EmptyCompilation(), GeneratorHarness.Schema(GeneratorHarness.SchemaText), GeneratorHarness.Catalog(catalog));

            Assert.Contains(run.Result.Diagnostics, d => d.Id == "AIS9008" && d.GetMessage().Contains("exactly"));
        }

        [Fact]
        public void The_checked_in_schema_and_catalog_produce_no_diagnostics()
        {
            var run = GeneratorHarness.Run(
                GeneratorHarness.EmptyCompilation(),
                GeneratorHarness.Schema(GeneratorHarness.SchemaText),
                GeneratorHarness.Catalog(GeneratorHarness.CatalogText));

            Assert.Empty(run.Result.Diagnostics);
        }
    }
}
