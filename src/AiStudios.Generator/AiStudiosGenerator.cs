using System;
using System.Collections.Generic;
using AiStudios.Generator.Catalog;
using AiStudios.Generator.Diagnostics;
using AiStudios.Generator.Emit;
using AiStudios.Generator.Model;
using AiStudios.Generator.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiStudios.Generator
{
    /// <summary>
    /// Reads <c>*.schema.json</c> and avatar catalogs (<c>avatars.json</c>, <c>*.avatars.json</c>)
    /// from AdditionalFiles and emits the typed project model, its JSON reader and writer, the
    /// fluent builder and typed avatar constants. Each file is read into a value-equal model, so
    /// editing C# code re-runs neither reading nor emitting.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class AiStudiosGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<SchemaResult> schemas = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                .Select(static (text, token) => new SourceFile(text.Path, text.GetText(token)?.ToString()))
                .Where(static file => SchemaReader.IsProjectSchema(file.Path, file.Text))
                .WithTrackingName(TrackingNames.SchemaFiles)
                .Select(static (file, _) => file.Text is null
                    ? new SchemaResult(null, EquatableArray<DiagnosticInfo>.Empty)
                    : SchemaReader.Read(file.Path, file.Text))
                .WithTrackingName(TrackingNames.SchemaModels);

            IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.GeneratorOptions);

            context.RegisterSourceOutput(schemas.Combine(options), static (output, pair) => EmitSchema(output, pair.Left, pair.Right));

            IncrementalValueProvider<CompilationFacts> facts = context.CompilationProvider
                .Select(static (compilation, _) => CompilationFacts.From(compilation))
                .WithTrackingName(TrackingNames.CompilationFacts);

            // The consumer's C# version as a value: a netstandard2.0 library on C# 7.3 gets no nullable annotations.
            IncrementalValueProvider<LanguageFeatures> language = context.ParseOptionsProvider
                .Select(static (parseOptions, _) => LanguageFeatures.From(parseOptions))
                .WithTrackingName(TrackingNames.LanguageFeatures);

            IncrementalValueProvider<string?> rootNamespace = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? ns) ? ns : null);

            IncrementalValuesProvider<CatalogResult> catalogs = context.AdditionalTextsProvider
                .Where(static text => AvatarCatalogReader.IsCatalogPath(text.Path))
                .Select(static (text, token) => new SourceFile(text.Path, text.GetText(token)?.ToString()))
                .WithTrackingName(TrackingNames.CatalogFiles)
                .Combine(rootNamespace)
                .Select(static (pair, _) => pair.Left.Text is null
                    ? new CatalogResult(null, EquatableArray<DiagnosticInfo>.Empty)
                    : AvatarCatalogReader.Read(pair.Left.Path, pair.Left.Text, pair.Right))
                .WithTrackingName(TrackingNames.CatalogModels);

            // Several catalog files may fill one Avatars class: they are merged, so emit over all of them.
            context.RegisterSourceOutput(
                catalogs.Collect().Combine(facts).Combine(language).Combine(options),
                static (output, pair) => EmitCatalogs(output, pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right));

            // The shared validation rules read every catalog of the project as one list.
            context.RegisterSourceOutput(catalogs.Collect().Combine(options), static (output, pair) => EmitAvatarFacts(output, pair.Left, pair.Right));
        }

        private static void EmitSchema(SourceProductionContext output, SchemaResult result, GeneratorOptions options)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (result.Model is null)
            {
                return;
            }

            try
            {
                var sources = new List<KeyValuePair<string, string>>();
                if (options.Model)
                {
                    sources.AddRange(ProjectEmitter.Emit(result.Model));
                }

                if (options.RuleFacts)
                {
                    sources.AddRange(ProjectEmitter.EmitRuleFacts(result.Model, withModel: options.Model));
                }

                foreach (KeyValuePair<string, string> source in sources)
                {
                    output.AddSource(source.Key, SourceText.From(source.Value, System.Text.Encoding.UTF8));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ReportInternalError(output, result.Model.SourcePath, e);
            }
        }

        private static void EmitCatalogs(SourceProductionContext output, System.Collections.Immutable.ImmutableArray<CatalogResult> results, CompilationFacts facts, LanguageFeatures language, GeneratorOptions options)
        {
            foreach (CatalogResult result in results)
            {
                foreach (DiagnosticInfo diagnostic in result.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }

            if (!options.Model)
            {
                return;
            }

            foreach (CatalogGroup group in CatalogGroup.From(results))
            {
                foreach (DiagnosticInfo diagnostic in group.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }

                try
                {
                    output.AddSource(group.Model.Namespace + "." + group.Model.ClassName + ".g.cs", SourceText.From(AvatarCatalogEmitter.Emit(group.Model, group.SourceNames, facts, language), System.Text.Encoding.UTF8));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    ReportInternalError(output, group.Model.SourcePath, e);
                }
            }
        }

        private static void EmitAvatarFacts(SourceProductionContext output, System.Collections.Immutable.ImmutableArray<CatalogResult> results, GeneratorOptions options)
        {
            if (!options.RuleFacts)
            {
                return;
            }

            var catalogs = new List<CatalogModel>();
            foreach (CatalogResult result in results)
            {
                if (result.Model is not null)
                {
                    catalogs.Add(result.Model);
                }
            }

            try
            {
                output.AddSource(RuleFactsEmitter.Namespace + ".GeneratedAvatarFacts.g.cs", SourceText.From(AvatarFactsEmitter.Emit(catalogs), System.Text.Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ReportInternalError(output, catalogs.Count > 0 ? catalogs[0].SourcePath : "avatars.json", e);
            }
        }

        private static void ReportInternalError(SourceProductionContext output, string path, Exception e) =>
            output.ReportDiagnostic(DiagnosticInfo.InternalError(path, e).ToDiagnostic());
    }

    /// <summary>An additional file's path and text, compared by value.</summary>
    internal sealed record SourceFile(string Path, string? Text);
}
