using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiStudios.Analyzers.Reporting;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiStudios.CodeFixes
{
    /// <summary>
    /// AIS0001, AIS0002: rewrites the clip's left and top (the arguments of <c>Position</c>, or
    /// <c>Left =</c>/<c>Top =</c> in an initializer) with the smallest move that brings its drawn
    /// box inside the canvas; a clip larger than the canvas is centred on that axis.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveClipInsideCanvasCodeFix))]
    [Shared]
    public sealed class MoveClipInsideCanvasCodeFix : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ClipOutsideCanvas, RuleIds.ClipMostlyOutsideCanvas);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || !diagnostic.Properties.TryGetValue(ProblemReporter.FixTargetsKey, out string? targetList) || string.IsNullOrEmpty(targetList))
                {
                    continue;
                }

                var edits = new List<(TextSpan, ExpressionSyntax)>();
                string[] targets = targetList!.Split(',');
                for (int i = 0; i < targets.Length && i < diagnostic.AdditionalLocations.Count; i++)
                {
                    TextSpan span = diagnostic.AdditionalLocations[i].SourceSpan;
                    if (diagnostic.Properties.TryGetValue(targets[i], out string? value) && value is not null && LiteralEdits.FindLiteral(root, span) is not null)
                    {
                        edits.Add((span, LiteralEdits.Number(value)));
                    }
                }

                // Every value that has to change must be a literal to rewrite; half a move is no fix.
                if (edits.Count != targets.Length)
                {
                    continue;
                }

                string left = diagnostic.Properties.TryGetValue(FixKeys.Left, out string? l) ? l ?? "?" : "?";
                string top = diagnostic.Properties.TryGetValue(FixKeys.Top, out string? t) ? t ?? "?" : "?";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Move the clip inside the canvas (left {left}, top {top})",
                        token => LiteralEdits.ReplaceAsync(context.Document, edits.ToArray(), token),
                        equivalenceKey: nameof(MoveClipInsideCanvasCodeFix)),
                    diagnostic);
            }
        }
    }
}
