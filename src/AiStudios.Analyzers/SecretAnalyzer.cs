using System;
using System.Collections.Immutable;
using System.Linq;
using AiStudios.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers
{
    /// <summary>
    /// AIS0014: a string constant given to the SDK as an AppId, a UserKey or a token, by argument
    /// (<c>new AiStudiosClient(appId: "...")</c>) or by property (<c>new AiStudiosClientOptions { UserKey = "..." }</c>).
    /// Matched by parameter and property name on any type of the SDK's namespaces, so it covers
    /// client types as they are added. Keys in source end up in version control, as the published
    /// samples show.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecretAnalyzer : DiagnosticAnalyzer
    {
        private const string SdkNamespace = "AiStudios";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedSecret);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // Nothing to do unless something of the SDK's namespace is in reach, nor in the SDK itself.
                if (!start.Compilation.GlobalNamespace.GetMembers(SdkNamespace).Any()
                    || start.Compilation.Assembly.Name == SdkNamespace)
                {
                    return;
                }

                start.RegisterOperationAction(AnalyzeArgument, OperationKind.Argument);
                start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
            });
        }

        private static void AnalyzeArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is IParameterSymbol parameter
                && IsSecretName(parameter.Name) && IsSdkType(parameter.ContainingSymbol?.ContainingType))
            {
                ReportIfLiteral(context, argument.Value, parameter.Name);
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation target && IsSecretName(target.Property.Name) && IsSdkType(target.Property.ContainingType))
            {
                ReportIfLiteral(context, assignment.Value, target.Property.Name);
            }
        }

        private static void ReportIfLiteral(OperationAnalysisContext context, IOperation value, string name)
        {
            if (value.Type?.SpecialType == SpecialType.System_String
                && value.ConstantValue is { HasValue: true, Value: string text }
                && text.Trim().Length > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.HardCodedSecret,
                    value.Syntax.GetLocation(),
                    $"A string literal is passed as {name}: a key or token written in source ends up in version control and in every copy of the program. Read it from configuration or the environment instead."));
            }
        }

        private static bool IsSecretName(string name) =>
            name.Equals("AppId", StringComparison.OrdinalIgnoreCase)
            || name.Equals("UserKey", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Token", StringComparison.OrdinalIgnoreCase);

        private static bool IsSdkType(INamedTypeSymbol? type)
        {
            for (INamespaceSymbol? ns = type?.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (ns.ContainingNamespace?.IsGlobalNamespace == true)
                {
                    return ns.Name == SdkNamespace;
                }
            }

            return false;
        }
    }
}
