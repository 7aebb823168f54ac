using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers.Reading
{
    // Locals assigned once from a constant: `var x = 5000; ... Position(x, 0)` reads as 5000.
    internal sealed partial class TreeReader
    {
        private bool TryGetLocalConstant(ILocalReferenceOperation reference, out object? value)
        {
            ILocalSymbol local = reference.Local;
            if (!_locals.TryGetValue(local, out Optional<object?> known))
            {
                known = FindSingleConstant(local, reference.SemanticModel);
                _locals[local] = known;
            }

            value = known.HasValue ? known.Value : null;
            return known.HasValue;
        }

        private Optional<object?> FindSingleConstant(ILocalSymbol local, SemanticModel? model)
        {
            if (model is null || local.IsRef || local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax(CancellationToken) is not VariableDeclaratorSyntax declarator
                || declarator.Initializer?.Value is not ExpressionSyntax initializer
                || declarator.SyntaxTree != model.SyntaxTree)
            {
                return default;
            }

            // The local's scope: the block (or top-level program) its declaration statement is in.
            SyntaxNode? scope = declarator.Parent?.Parent?.Parent;
            if (scope is GlobalStatementSyntax)
            {
                scope = scope.Parent;
            }

            if (scope is null || IsWrittenAgain(scope, local, model))
            {
                return default;
            }

            Optional<object?> constant = model.GetConstantValue(initializer, CancellationToken);
            return constant.HasValue ? new Optional<object?>(constant.Value) : default;
        }

        private bool IsWrittenAgain(SyntaxNode scope, ILocalSymbol local, SemanticModel model)
        {
            foreach (IdentifierNameSyntax name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != local.Name || !IsWrite(name))
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, CancellationToken).Symbol, local))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWrite(IdentifierNameSyntax name) => name.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == name,
            PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression),
            PostfixUnaryExpressionSyntax => true,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword),
            RefExpressionSyntax => true,
            _ => false,
        };
    }
}
