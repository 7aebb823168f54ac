using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using AiStudios.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Tests
{
    /// <summary>Editing C# code re-runs neither schema parsing nor emitting; editing the schema does.</summary>
    public class IncrementalTests
    {
        [Fact]
        public void An_unrelated_code_edit_leaves_every_tracked_step_cached_or_unchanged()
        {
            Compilation compilation = GeneratorHarness.EmptyCompilation(trees: new[] { Parse("class A { }") });
            GeneratorDriver driver = GeneratorHarness.CreateDriver(
                GeneratorHarness.Schema(GeneratorHarness.SchemaText),
                GeneratorHarness.Catalog(GeneratorHarness.CatalogText));
            driver = driver.RunGenerators(compilation);

            Compilation edited = compilation.AddSyntaxTrees(Parse("class B { int X => 1; }"));
            GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

            foreach (string step in CachingAssert.StepNames)
            {
                IncrementalStepRunReason[] reasons = Reasons(second, step);
                Assert.NotEmpty(reasons);
                Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
            }

            Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void A_schema_edit_re_reads_and_re_emits()
        {
            Compilation compilation = GeneratorHarness.EmptyCompilation();
            string schema = GeneratorHarness.SchemaText;
            AdditionalText original = GeneratorHarness.Schema(schema);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(original).RunGenerators(compilation);

            string changed = schema.Replace("The project's name.", "The name of the project.");
            Assert.NotEqual(schema, changed);
            driver = driver.ReplaceAdditionalText(original, GeneratorHarness.Schema(changed));
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SchemaFiles));
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SchemaModels));
            Assert.Contains(second.GeneratedSources, s => s.SourceText.ToString().Contains("The name of the project."));
        }

        [Fact]
        public void A_whitespace_only_schema_edit_reads_again_but_emits_nothing_new()
        {
            Compilation compilation = GeneratorHarness.EmptyCompilation();
            string schema = GeneratorHarness.SchemaText;
            AdditionalText original = GeneratorHarness.Schema(schema);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(original).RunGenerators(compilation);

            driver = driver.ReplaceAdditionalText(original, GeneratorHarness.Schema(schema + "\n\n"));
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SchemaFiles));
            Assert.All(Reasons(second, TrackingNames.SchemaResults), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
            Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void Pipeline_models_hold_no_symbols_syntax_or_compilations()
        {
            Compilation compilation = GeneratorHarness.EmptyCompilation();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(
                GeneratorHarness.Schema(GeneratorHarness.SchemaText),
                GeneratorHarness.Catalog(GeneratorHarness.CatalogText)).RunGenerators(compilation);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();

            // Roslyn tracks its own input steps too ("Compilation", ...); only ours must be plain values.
            foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps.Where(s => CachingAssert.StepNames.Contains(s.Key)))
            {
                foreach (IncrementalGeneratorRunStep run in step.Value)
                {
                    foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    {
                        CachingAssert.NoRoslynObjects(value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    }
                }
            }
        }

        [Fact]
        public void Every_step_is_named_and_checked_the_root_namespace_and_options_included()
        {
            Assert.Contains(TrackingNames.RootNamespace, CachingAssert.StepNames);
            Assert.Contains(TrackingNames.GeneratorOptions, CachingAssert.StepNames);
            Assert.Equal(12, CachingAssert.StepNames.Count);
        }

        [Fact]
        public void A_catalog_edit_re_reads_and_re_emits_the_catalog_only()
        {
            Compilation compilation = GeneratorHarness.EmptyCompilation();
            string catalog = GeneratorHarness.CatalogText;
            AdditionalText original = GeneratorHarness.Catalog(catalog);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(GeneratorHarness.Schema(GeneratorHarness.SchemaText), original).RunGenerators(compilation);

            string changed = catalog.Replace("\"width\": 679", "\"width\": 680");
            Assert.NotEqual(catalog, changed);
            driver = driver.ReplaceAdditionalText(original, GeneratorHarness.Catalog(changed));
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.CatalogFiles));
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.CatalogModels));
            Assert.All(Reasons(second, TrackingNames.SchemaModels), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.Contains(second.GeneratedSources, s => s.HintName == "AiStudios.Avatars.g.cs" && s.SourceText.ToString().Contains("680"));
            Assert.Contains(second.GeneratedSources, s => s.HintName == "AiStudios.Validation.Rules.GeneratedAvatarFacts.g.cs" && s.SourceText.ToString().Contains("680"));
        }

        [Fact]
        public void A_warning_that_only_moves_is_reported_at_its_new_place_without_emitting_again()
        {
            // An unknown keyword is a warning; lines added above it move it, the model stays the same.
            var schema = System.Text.Json.Nodes.JsonNode.Parse(GeneratorHarness.SchemaText)!;
            schema["$defs"]!["shadow"]!["x-note"] = "not a keyword of ours";
            string text = schema.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
            Compilation compilation = GeneratorHarness.EmptyCompilation();
            AdditionalText original = GeneratorHarness.Schema(text);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(original).RunGenerators(compilation);
            Diagnostic before = Assert.Single(driver.GetRunResult().Diagnostics);

            driver = driver.ReplaceAdditionalText(original, GeneratorHarness.Schema("\n\n" + text));
            GeneratorDriverRunResult run = driver.RunGenerators(compilation).GetRunResult();
            GeneratorRunResult second = run.Results.Single();

            Diagnostic after = Assert.Single(run.Diagnostics);
            Assert.Equal("AIS9003", after.Id);
            Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 2, after.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SchemaDiagnostics));
            Assert.All(Reasons(second, TrackingNames.SchemaModels), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));

            // One output ran again, the one that reports diagnostics; the sources' outputs were cached.
            IncrementalStepRunReason[] outputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.Single(outputs, r => r != IncrementalStepRunReason.Cached);
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) => CachingAssert.Reasons(result, step);

        private static SyntaxTree Parse(string code) => CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions);
    }
}
