using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers.Reading
{
    // Locals assigned once from a constant: `var x = 5000; ... Position(x, 0)` reads as 5000.
    // A local counts only when nothing in its whole scope but its initializer can change it; any
    // doubt (a use this file does not know to be a plain read) leaves it unknown: a rule that
    // stays silent is better than an error about a value the program never has.
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
            if (model is null || local.IsRef || !CanHoldOnlyConstants(local.Type)
                || local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax(CancellationToken) is not VariableDeclaratorSyntax { Initializer: not null } declarator
                || declarator.SyntaxTree != model.SyntaxTree
                || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax statement
                || model.GetOperation(declarator, CancellationToken) is not IVariableDeclaratorOperation { Initializer: { } initializer })
            {
                return default;
            }

            // The value the local holds. A conversion to a nullable type (5000 to double?) is not a
            // constant, the literal inside is; a user-defined conversion may make anything of it.
            IOperation value = initializer.Value;
            while (!value.ConstantValue.HasValue && value is IConversionOperation { Conversion.IsUserDefined: false } conversion)
            {
                value = conversion.Operand;
            }

            Optional<object?> constant = value.ConstantValue;
            if (!constant.HasValue)
            {
                return default;
            }

            List<IOperation>? scope = ScopeOf(statement, model);
            if (scope is null)
            {
                return default;
            }

            foreach (IOperation root in scope)
            {
                foreach (IOperation operation in root.DescendantsAndSelf())
                {
                    if (operation is ILocalReferenceOperation use
                        && SymbolEqualityComparer.Default.Equals(use.Local, local)
                        && !IsPlainRead(use))
                    {
                        return default;
                    }
                }
            }

            return new Optional<object?>(constant.Value);
        }

        /// <summary>
        /// The operations of every statement the local's name is in scope in: its block; for a
        /// local declared in a switch section, the whole switch (all sections share one scope);
        /// for a top-level statement, every top-level statement. Null when that cannot be read.
        /// </summary>
        private List<IOperation>? ScopeOf(LocalDeclarationStatementSyntax statement, SemanticModel model)
        {
            var statements = new List<SyntaxNode>();
            switch (statement.Parent)
            {
                case BlockSyntax block:
                    statements.Add(block);
                    break;
                case SwitchSectionSyntax { Parent: SwitchStatementSyntax @switch }:
                    statements.Add(@switch);
                    break;
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                    foreach (MemberDeclarationSyntax member in unit.Members)
                    {
                        if (member is GlobalStatementSyntax global)
                        {
                            statements.Add(global.Statement);
                        }
                    }

                    break;
                default:
                    return null;
            }

            var operations = new List<IOperation>(statements.Count);
            foreach (SyntaxNode node in statements)
            {
                if (model.GetOperation(node, CancellationToken) is not IOperation operation)
                {
                    return null;
                }

                operations.Add(operation);
            }

            return operations;
        }

        /// <summary>
        /// Whether a use of the local only reads its value. Anything that may write it, now or
        /// through an alias, is not: assignment of any kind (deconstruction included), ++ and --,
        /// passing it by reference (ref, out, in, ref readonly, a <c>this ref</c> extension),
        /// <c>ref</c> to it (ref locals, ref assignment, ref returns, ref conditionals), its
        /// address, <c>__makeref</c>, and code the compiler could not bind. Uses inside lambdas
        /// and local functions are in the scope's operations too.
        /// </summary>
        private static bool IsPlainRead(ILocalReferenceOperation use)
        {
            if (use.IsDeclaration
                || use.Syntax.Parent is RefExpressionSyntax
                || use.Syntax.Parent is ArgumentSyntax argumentSyntax && !argumentSyntax.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                return false;
            }

            // A target of a deconstruction sits inside (nested) tuples: (x, _) = (10, 0).
            IOperation child = use;
            IOperation? parent = use.Parent;
            while (parent is ITupleOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case null:
                    return true;
                case IAssignmentOperation assignment when assignment.Target == child:
                    return false;
                case ISimpleAssignmentOperation { IsRef: true }:
                    return false;
                case IIncrementOrDecrementOperation:
                case IAddressOfOperation:
                case IInvalidOperation:
                    return false;
                case IArgumentOperation argument:
                    return argument.Parameter is not { RefKind: not RefKind.None };
                case IConditionalOperation { IsRef: true }:
                    return false;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                    return false;
            }

            return parent.Kind != OperationKind.None;
        }

        /// <summary>
        /// Types whose values nothing but an assignment can change: numbers, bool, char, string,
        /// enums, their nullable forms, and classes (whose only constant is null). A struct could
        /// change itself through a method call.
        /// </summary>
        private static bool CanHoldOnlyConstants(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: { Length: 1 } arguments })
            {
                type = arguments[0];
            }

            if (type.TypeKind == TypeKind.Enum || type.IsReferenceType)
            {
                return true;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_Char:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return true;
                default:
                    return false;
            }
        }
    }
}
