using System.Linq;
using System.Text.Json.Nodes;
using AiStudios.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Tests
{
    /// <summary>
    /// The constructs the 1.6.x reference needs: number-or-string values (<c>"type": ["integer", "string"]</c>),
    /// properties the reference requires but published examples leave out (<c>x-reference-required</c>) and values
    /// Build() writes when nothing else did (<c>x-builder-default</c>), read, emitted and compiled, or refused with a
    /// diagnostic at the schema's keyword.
    /// </summary>
    public class SchemaExtensionTests
    {
        private static (Diagnostic[] Diagnostics, GeneratorRunResult Result) Run(string schema)
        {
            var run = GeneratorHarness.Run(GeneratorHarness.NoBuildProperties, GeneratorHarness.EmptyCompilation(), GeneratorHarness.Schema(schema));
            GeneratorRunResult result = run.Result.Results.Single();
            Assert.Null(result.Exception);
            return (result.Diagnostics.ToArray(), result);
        }

        private static string Object(string properties, string extra = "") =>
            "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/item\"}}},\"$defs\":{\"item\":{\"type\":\"object\",\"properties\":{" + properties + "}" + extra + "}}}";

        [Fact]
        public void The_sdk_compiles_with_a_number_or_string_of_each_kind_and_defaults_of_every_shape()
        {
            // The SDK's own schema with one more of each construct: a NumberOrString next to fontWeight's IntegerOrString,
            // an x-builder-initial string for it, and x-builder-defaults of a number, a string and an enum.
            JsonNode schema = JsonNode.Parse(GeneratorHarness.SchemaText)!;
            JsonObject text = schema["$defs"]!["textClip"]!["properties"]!.AsObject();
            text["letterSpacing"] = JsonNode.Parse("{\"type\":[\"number\",\"string\",\"null\"],\"description\":\"Spacing.\",\"x-builder-initial\":\"normal\"}");
            JsonObject scene = schema["$defs"]!["scene"]!["properties"]!.AsObject();
            scene["duration"] = JsonNode.Parse("{\"type\":\"number\",\"description\":\"Seconds.\",\"x-builder-default\":2.5}");
            scene["transition"] = JsonNode.Parse("{\"$ref\":\"#/$defs/animationType\",\"description\":\"How.\",\"x-builder-default\":\"fade-in\"}");
            scene["caption"] = JsonNode.Parse("{\"type\":\"string\",\"description\":\"A caption.\",\"x-builder-default\":\"\"}");

            Compilation input = GeneratorHarness.EmptyCompilation(trees: GeneratorHarness.SdkSources());
            var run = GeneratorHarness.Run(input, GeneratorHarness.Schema(schema.ToJsonString()), GeneratorHarness.Catalog(GeneratorHarness.CatalogText));

            GeneratorRunResult result = run.Result.Results.Single();
            Assert.Empty(result.Diagnostics);
            Diagnostic[] problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems.Take(20).Select(d => d.ToString())));
            string Source(string hint) => result.GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();
            Assert.Contains("public readonly struct NumberOrString : global::System.IEquatable<NumberOrString>", Source("AiStudios.NumberOrString.g.cs"));
            Assert.Contains("public double? Number => _text is null ? _number : null;", Source("AiStudios.NumberOrString.g.cs"));
            Assert.Contains("public global::AiStudios.NumberOrString? LetterSpacing { get; set; }", Source("AiStudios.TextClip.g.cs"));
            Assert.Contains("LetterSpacing = \"normal\",", Source("AiStudios.TextClipBuilder.g.cs"));
            string defaults = Source("AiStudios.SceneBuilder.g.cs");
            Assert.Contains("target.Duration ??= 2.5;", defaults);
            Assert.Contains("target.Transition ??= global::AiStudios.AnimationType.FadeIn;", defaults);
            Assert.Contains("target.Caption ??= \"\";", defaults);
        }

        [Fact]
        public void An_inline_object_without_properties_is_kept_whole_and_validated_as_an_object()
        {
            // The project's dictionary: an object whose format is not documented.
            string schema = Object("\"entries\":{\"type\":[\"object\",\"null\"],\"description\":\"Undocumented.\"},\"strict\":{\"type\":\"object\"}");
            var run = GeneratorHarness.Run(GeneratorHarness.SdkBuildProperties, GeneratorHarness.EmptyCompilation(), GeneratorHarness.Schema(schema));
            GeneratorRunResult result = run.Result.Results.Single();

            Assert.Null(result.Exception);
            Assert.Empty(result.Diagnostics);
            string model = result.GeneratedSources.Single(s => s.HintName == "AiStudios.Item.g.cs").SourceText.ToString();
            Assert.Contains("public global::System.Text.Json.JsonElement? Entries { get; set; }", model);
            string facts = result.GeneratedSources.Single(s => s.HintName.EndsWith("GeneratedSchemaFacts.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
            Assert.Contains("new PropertyFacts(\"entries\", \"Entries\", FactKind.Object, allowsNull: true", facts);
            Assert.Contains("new PropertyFacts(\"strict\", \"Strict\", FactKind.Object", facts);
            Assert.DoesNotContain("\"Strict\", FactKind.Object, allowsNull", facts);
        }

        [Fact]
        public void An_inline_object_with_properties_is_still_refused_with_a_hint_to_move_it()
        {
            (Diagnostic[] diagnostics, _) = Run(Object("\"inner\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}"));

            Assert.Contains(diagnostics, d => d.GetMessage().Contains("move it to $defs", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_reference_required_property_stays_optional_in_CSharp_and_says_so_in_its_docs()
        {
            (Diagnostic[] diagnostics, GeneratorRunResult result) = Run(Object("\"a\":{\"type\":\"integer\",\"description\":\"A.\"}", ",\"x-reference-required\":[\"a\"]"));

            Assert.Empty(diagnostics);
            string model = result.GeneratedSources.Single(s => s.HintName == "AiStudios.Item.g.cs").SourceText.ToString();
            Assert.Contains("public int? A { get; set; }", model);
            Assert.Contains("required by the API reference (absent: a warning, AIS1004", model);
        }

        [Theory]
        [InlineData("\"x-reference-required\":[\"b\"]")]
        [InlineData("\"required\":[\"a\"],\"x-reference-required\":[\"a\"]")]
        [InlineData("\"x-reference-required\":\"a\"")]
        public void An_x_reference_required_that_names_no_optional_property_of_the_object_is_AIS9004(string keyword)
        {
            (Diagnostic[] diagnostics, _) = Run(Object("\"a\":{\"type\":\"integer\"}", "," + keyword));

            Assert.Contains(diagnostics, d => d.Id == "AIS9004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("x-reference-required"));
        }

        [Theory]
        [InlineData("{\"type\":\"integer\",\"x-builder-default\":\"one\"}")]
        [InlineData("{\"type\":\"integer\",\"x-builder-default\":null}")]
        [InlineData("{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"x-builder-default\":[\"a\"]}")]
        [InlineData("{\"$ref\":\"#/$defs/part\",\"x-builder-default\":{\"missing\":1}}")]
        [InlineData("{\"$ref\":\"#/$defs/part\",\"x-builder-default\":{\"size\":1}}")]
        public void An_x_builder_default_the_generated_code_cannot_write_whole_is_AIS9004(string property)
        {
            string schema = "{\"type\":\"object\",\"properties\":{\"a\":" + property + "},\"$defs\":{\"part\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"size\":{\"type\":\"integer\"}},\"required\":[\"name\"]}}}";

            (Diagnostic[] diagnostics, _) = Run(schema);

            Assert.Contains(diagnostics, d => d.Id == "AIS9004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("x-builder-default"));
        }

        [Fact]
        public void Two_number_or_string_structs_of_one_name_but_different_numbers_are_AIS9007()
        {
            (Diagnostic[] diagnostics, _) = Run(Object(
                "\"a\":{\"type\":[\"integer\",\"string\"],\"x-csharp-type-name\":\"Weight\"},\"b\":{\"type\":[\"number\",\"string\"],\"x-csharp-type-name\":\"Weight\"}"));

            Assert.Contains(diagnostics, d => d.Id == "AIS9007");
        }

        [Fact]
        public void A_number_or_string_struct_named_like_a_class_of_the_schema_is_AIS9007()
        {
            (Diagnostic[] diagnostics, _) = Run(Object("\"a\":{\"type\":[\"integer\",\"string\"],\"x-csharp-type-name\":\"Item\"}"));

            Assert.Contains(diagnostics, d => d.Id == "AIS9007");
        }
    }
}
