using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
            IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.GeneratorOptions);

            // Reading gives a model and diagnostics; each goes to its own output, as System.Text.Json's
            // generator does, so a warning that only moves (an edit above it) re-emits no file.
            IncrementalValuesProvider<SchemaResult> schemaResults = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                .Select(static (text, token) => new SourceFile(text.Path, text.GetText(token)?.ToString()))
                .Where(static file => SchemaReader.IsProjectSchema(file.Path, file.Text))
                .WithTrackingName(TrackingNames.SchemaFiles)
                .Select(static (file, _) => file.Text is null
                    ? new SchemaResult(null, EquatableArray<DiagnosticInfo>.Empty)
                    : SchemaReader.Read(file.Path, file.Text))
                .WithTrackingName(TrackingNames.SchemaResults);

            IncrementalValuesProvider<SchemaModel> schemaModels = schemaResults
                .Where(static result => result.Model is not null)
                .Select(static (result, _) => result.Model!)
                .WithTrackingName(TrackingNames.SchemaModels);

            context.RegisterSourceOutput(
                schemaResults.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.SchemaDiagnostics),
                static (output, diagnostics) => Report(output, diagnostics));
            context.RegisterSourceOutput(schemaModels.Combine(options), static (output, pair) => EmitSchema(output, pair.Left, pair.Right));

            IncrementalValueProvider<CompilationFacts> facts = context.CompilationProvider
                .Select(static (compilation, _) => CompilationFacts.From(compilation))
                .WithTrackingName(TrackingNames.CompilationFacts);

            // The consumer's C# version as a value: a netstandard2.0 library on C# 7.3 gets no nullable annotations.
            IncrementalValueProvider<LanguageFeatures> language = context.ParseOptionsProvider
                .Select(static (parseOptions, _) => LanguageFeatures.From(parseOptions))
                .WithTrackingName(TrackingNames.LanguageFeatures);

            IncrementalValueProvider<string?> rootNamespace = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? ns) ? ns : null)
                .WithTrackingName(TrackingNames.RootNamespace);

            IncrementalValuesProvider<CatalogResult> catalogResults = context.AdditionalTextsProvider
                .Where(static text => AvatarCatalogReader.IsCatalogPath(text.Path))
                .Select(static (text, token) => new SourceFile(text.Path, text.GetText(token)?.ToString()))
                .WithTrackingName(TrackingNames.CatalogFiles)
                .Combine(rootNamespace)
                .Select(static (pair, _) => pair.Left.Text is null
                    ? new CatalogResult(null, EquatableArray<DiagnosticInfo>.Empty)
                    : AvatarCatalogReader.Read(pair.Left.Path, pair.Left.Text, pair.Right))
                .WithTrackingName(TrackingNames.CatalogResults);

            IncrementalValueProvider<ImmutableArray<CatalogModel>> catalogModels = catalogResults
                .Where(static result => result.Model is not null)
                .Select(static (result, _) => result.Model!)
                .WithTrackingName(TrackingNames.CatalogModels)
                .Collect();

            context.RegisterSourceOutput(
                catalogResults.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.CatalogDiagnostics),
                static (output, diagnostics) => Report(output, diagnostics));

            // Several catalog files may fill one Avatars class: they are merged, so emit over all of them.
            context.RegisterSourceOutput(
                catalogModels.Combine(facts).Combine(language).Combine(options).Combine(rootNamespace),
                static (output, pair) => EmitCatalogs(output, pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right, pair.Right));

            // The shared validation rules read every catalog of the project as one list.
            context.RegisterSourceOutput(catalogModels.Combine(options), static (output, pair) => EmitAvatarFacts(output, pair.Left, pair.Right));
        }

        private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static void EmitSchema(SourceProductionContext output, SchemaModel model, GeneratorOptions options)
        {
            try
            {
                var sources = new List<KeyValuePair<string, string>>();
                if (options.Model)
                {
                    sources.AddRange(ProjectEmitter.Emit(model));
                }

                if (options.RuleFacts)
                {
                    sources.AddRange(ProjectEmitter.EmitRuleFacts(model, withModel: options.Model));
                }

                foreach (KeyValuePair<string, string> source in sources)
                {
                    output.AddSource(source.Key, SourceText.From(source.Value, System.Text.Encoding.UTF8));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ReportInternalError(output, model.SourcePath, e);
            }
        }

        private static void EmitCatalogs(SourceProductionContext output, ImmutableArray<CatalogModel> catalogs, CompilationFacts facts, LanguageFeatures language, GeneratorOptions options, string? rootNamespace)
        {
            if (!options.Model)
            {
                return;
            }

            if (catalogs.IsEmpty && options.CatalogComplete
                && AvatarCatalogEmitter.EmitCompleteness(rootNamespace is { Length: > 0 } ns && Schema.Naming.IsValidNamespace(ns) ? ns : "AiStudios.Avatars", facts, language) is string completeness)
            {
                output.AddSource("AiStudiosAvatarCatalogCompleteness.g.cs", SourceText.From(completeness, System.Text.Encoding.UTF8));
            }

            foreach (CatalogGroup group in CatalogGroup.From(catalogs))
            {
                // An avatar listed by two files of one class: a problem of the models, so reported with them.
                foreach (DiagnosticInfo diagnostic in group.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }

                try
                {
                    output.AddSource(group.Model.Namespace + "." + group.Model.ClassName + ".g.cs", SourceText.From(AvatarCatalogEmitter.Emit(group.Model, group.SourceNames, facts, language, options.CatalogComplete), System.Text.Encoding.UTF8));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    ReportInternalError(output, group.Model.SourcePath, e);
                }
            }
        }

        private static void EmitAvatarFacts(SourceProductionContext output, ImmutableArray<CatalogModel> catalogs, GeneratorOptions options)
        {
            if (!options.RuleFacts)
            {
                return;
            }

            try
            {
                output.AddSource(RuleFactsEmitter.Namespace + ".GeneratedAvatarFacts.g.cs", SourceText.From(AvatarFactsEmitter.Emit(catalogs), System.Text.Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ReportInternalError(output, catalogs.Length > 0 ? catalogs[0].SourcePath : "avatars.json", e);
            }
        }

        private static void ReportInternalError(SourceProductionContext output, string path, Exception e) =>
            output.ReportDiagnostic(DiagnosticInfo.InternalError(path, e).ToDiagnostic());
    }

    /// <summary>An additional file's path and text, compared by value.</summary>
    internal sealed record SourceFile(string Path, string? Text);
}
