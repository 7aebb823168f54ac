using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiStudios.CodeFixes
{
    /// <summary>
    /// The one edit every fix here makes: a literal written in code replaced by another literal.
    /// Only literals are replaced; a constant or local that holds the value is the author's to
    /// change, so no fix is offered for it.
    /// </summary>
    internal static class LiteralEdits
    {
        /// <summary>The literal at <paramref name="span"/> (<c>150</c>, <c>-4.6</c>, <c>"M000045059"</c>), or null.</summary>
        public static ExpressionSyntax? FindLiteral(SyntaxNode root, TextSpan span)
        {
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            while (node is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized.Expression;
            }

            return node switch
            {
                LiteralExpressionSyntax literal => literal,
                PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } negated when negated.IsKind(SyntaxKind.UnaryMinusExpression) || negated.IsKind(SyntaxKind.UnaryPlusExpression) => negated,
                _ => null,
            };
        }

        public static ExpressionSyntax Number(string literalText) => SyntaxFactory.ParseExpression(literalText);

        public static ExpressionSyntax String(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

        public static async Task<Document> ReplaceAsync(Document document, (TextSpan Span, ExpressionSyntax Replacement)[] edits, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var nodes = new System.Collections.Generic.Dictionary<SyntaxNode, ExpressionSyntax>();
            foreach ((TextSpan span, ExpressionSyntax replacement) in edits)
            {
                if (FindLiteral(root, span) is ExpressionSyntax literal)
                {
                    nodes[literal] = replacement.WithTriviaFrom(literal);
                }
            }

            return document.WithSyntaxRoot(root.ReplaceNodes(nodes.Keys, (original, _) => nodes[original]));
        }
    }
}
