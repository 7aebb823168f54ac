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
        private static readonly string[] TrackedSteps =
        {
            TrackingNames.SchemaFiles, TrackingNames.SchemaModels, TrackingNames.CatalogFiles, TrackingNames.CatalogModels, TrackingNames.LanguageFeatures,
        };

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

            foreach (string step in TrackedSteps)
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
            Assert.All(Reasons(second, TrackingNames.SchemaModels), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
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
            string[] ours = TrackedSteps.Append(TrackingNames.CompilationFacts).ToArray();
            foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps.Where(s => ours.Contains(s.Key)))
            {
                foreach (IncrementalGeneratorRunStep run in step.Value)
                {
                    foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    {
                        AssertNoRoslynObjects(value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    }
                }
            }
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
            result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
                ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray()
                : Array.Empty<IncrementalStepRunReason>();

        private static SyntaxTree Parse(string code) => CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions);

        /// <summary>Walks a pipeline value's object graph looking for types that would defeat caching.</summary>
        private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Type type = value.GetType();
            Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel, $"{step} holds a {type.Name}");
            if (value is IEnumerable enumerable)
            {
                foreach (object? item in enumerable)
                {
                    AssertNoRoslynObjects(item, step, seen);
                }

                return;
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoRoslynObjects(field.GetValue(value), step, seen);
            }
        }
    }
}
