using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiStudios.CodeFixes
{
    /// <summary>AIS0011, AIS0012: replaces an unknown avatar or clothes id with the catalog's near miss ("did you mean").</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceAvatarIdCodeFix))]
    [Shared]
    public sealed class ReplaceAvatarIdCodeFix : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnknownAvatar, RuleIds.UnknownClothes);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || !diagnostic.Properties.TryGetValue(FixKeys.Suggestion, out string? suggestion) || suggestion is null
                    || LiteralEdits.FindLiteral(root, diagnostic.Location.SourceSpan) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{suggestion}'",
                        token => LiteralEdits.ReplaceAsync(context.Document, new[] { (diagnostic.Location.SourceSpan, LiteralEdits.String(suggestion)) }, token),
                        equivalenceKey: nameof(ReplaceAvatarIdCodeFix) + diagnostic.Id),
                    diagnostic);
            }
        }
    }
}
