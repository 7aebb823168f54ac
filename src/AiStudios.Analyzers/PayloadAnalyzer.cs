using System.Collections.Immutable;
using AiStudios.Analyzers.Diagnostics;
using AiStudios.Analyzers.Facts;
using AiStudios.Analyzers.Reading;
using AiStudios.Analyzers.Reporting;
using AiStudios.Analyzers.Symbols;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers
{
    /// <summary>
    /// Reports the payload rules (clip geometry, ranges, layers, ids, scripts, avatars, colours)
    /// on builder chains (<c>Video.Landscape()...</c>), on object creations of the generated model
    /// and on assignments to its properties, wherever the values are compile-time constants.
    /// The rules are the shared ones <c>project.Validate()</c> runs.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PayloadAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.PayloadRules.Values.ToImmutableArray();

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(Start);
        }

        private static void Start(CompilationStartAnalysisContext context)
        {
            // Symbols, facts and the rule engine are made once per compilation; a compilation
            // without the SDK costs one type lookup.
            AiStudiosSymbols? symbols = AiStudiosSymbols.TryCreate(context.Compilation, AnalyzerFacts.Schema);
            if (symbols is null)
            {
                return;
            }

            AvatarFactsTable avatars = UserCatalogs.Facts(AnalyzerFacts.SdkAvatars, context.Options, context.CancellationToken);
            var session = new PayloadSession(symbols, avatars, new RuleEngine(AnalyzerFacts.Schema, avatars));
            context.RegisterOperationAction(session.AnalyzeInvocation, OperationKind.Invocation);
            context.RegisterOperationAction(session.AnalyzeCreation, OperationKind.ObjectCreation);
            context.RegisterOperationAction(session.AnalyzeAssignment, OperationKind.SimpleAssignment);
        }
    }
}
