using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiStudios.CodeFixes
{
    /// <summary>AIS0004: replaces a number outside its range with the closest value inside it (<c>Opacity(150)</c> becomes <c>Opacity(100)</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampValueCodeFix))]
    [Shared]
    public sealed class ClampValueCodeFix : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ValueOutOfRange);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || !diagnostic.Properties.TryGetValue(FixKeys.Value, out string? value) || value is null
                    || LiteralEdits.FindLiteral(root, diagnostic.Location.SourceSpan) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Change to {value}, the closest value in range",
                        token => LiteralEdits.ReplaceAsync(context.Document, new[] { (diagnostic.Location.SourceSpan, LiteralEdits.Number(value)) }, token),
                        equivalenceKey: nameof(ClampValueCodeFix)),
                    diagnostic);
            }
        }
    }
}
