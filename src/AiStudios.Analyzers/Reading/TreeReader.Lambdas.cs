using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers.Reading
{
    // Fluent chains and the configuration lambdas of the builder: s => s.Text("Title", t => t.Position(10, 20)).
    internal sealed partial class TreeReader
    {
        /// <summary>The calls chained on <paramref name="start"/>, innermost first: for <c>Video.Landscape()</c>, <c>.Name(...)</c>, <c>.Scene(...)</c>, ...</summary>
        public static List<IInvocationOperation> ChainAbove(IOperation start)
        {
            var chain = new List<IInvocationOperation>();
            IOperation current = start;
            while (true)
            {
                IOperation? parent = current.Parent;
                while (parent is IConversionOperation { IsImplicit: true })
                {
                    parent = parent.Parent;
                }

                if (parent is IInvocationOperation call && call.Instance is not null && Unwrap(call.Instance) == current)
                {
                    chain.Add(call);
                    current = call;
                    continue;
                }

                return chain;
            }
        }

        /// <summary>
        /// Applies every call a configuration lambda makes on its parameter, in source order.
        /// <paramref name="apply"/> returns false for a call it does not know; the target is then
        /// open (code may have changed it in ways not seen). <paramref name="onUncertain"/> runs
        /// before a chain that is not a plain statement of the lambda (inside an if, a loop, another
        /// lambda) is applied, or when the builder escapes to code not seen.
        /// </summary>
        public void ReadLambda(IOperation? argument, RuleObject target, Func<IInvocationOperation, bool> apply, Action? onUncertain = null)
        {
            if (argument is null || (argument.ConstantValue.HasValue && argument.ConstantValue.Value is null))
            {
                return;
            }

            if (AsLambda(argument) is not IAnonymousFunctionOperation lambda || lambda.Symbol.Parameters.Length == 0)
            {
                // A delegate from elsewhere (a method group, a variable): its effect is not known.
                target.IsOpen = true;
                onUncertain?.Invoke();
                return;
            }

            IParameterSymbol parameter = lambda.Symbol.Parameters[0];
            List<IParameterReferenceOperation> references = lambda.Body.Descendants()
                .OfType<IParameterReferenceOperation>()
                .Where(r => SymbolEqualityComparer.Default.Equals(r.Parameter, parameter))
                .OrderBy(r => r.Syntax.SpanStart)
                .ToList();

            foreach (IParameterReferenceOperation reference in references)
            {
                CancellationToken.ThrowIfCancellationRequested();
                List<IInvocationOperation> calls = ChainAbove(reference);
                if (calls.Count == 0 || !IsStatementOf(calls[calls.Count - 1], lambda.Body))
                {
                    // Passed to a helper, read through .Target, or called conditionally.
                    target.IsOpen = true;
                    onUncertain?.Invoke();
                }

                foreach (IInvocationOperation call in calls)
                {
                    if (!apply(call))
                    {
                        target.IsOpen = true;
                        onUncertain?.Invoke();
                        break;
                    }
                }
            }
        }

        public static IAnonymousFunctionOperation? AsLambda(IOperation operation) => Unwrap(operation) switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
            IAnonymousFunctionOperation lambda => lambda,
            _ => null,
        };

        /// <summary>Whether a call chain is a statement of the lambda itself: <c>s.Text(...);</c> or the body of <c>s =&gt; s.Text(...)</c>.</summary>
        private static bool IsStatementOf(IOperation top, IBlockOperation body)
        {
            IOperation? parent = top.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                parent = parent.Parent;
            }

            return parent is IExpressionStatementOperation or IReturnOperation && parent.Parent == body;
        }

        /// <summary>The explicit arguments of a call, in parameter order (defaults the compiler filled in are left out).</summary>
        public static List<IArgumentOperation> ExplicitArguments(IInvocationOperation call) =>
            call.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).OrderBy(a => a.Parameter?.Ordinal ?? 0).ToList();

        public static bool IsDelegate(IParameterSymbol? parameter) =>
            parameter?.Type is INamedTypeSymbol { DelegateInvokeMethod: not null };

        /// <summary>
        /// A call of a generated builder method: a group (<c>Position(left, top)</c>, <c>Scale(1.2)</c>),
        /// a property (<c>Opacity(90)</c>), or a nested object configured by lambda (<c>Animation(an =&gt; ...)</c>).
        /// False when <paramref name="type"/> has no builder method of that name.
        /// </summary>
        public bool ApplyPropertyCall(IInvocationOperation call, RuleObject node, TypeFacts type)
        {
            string name = call.TargetMethod.Name;
            List<IArgumentOperation> arguments = ExplicitArguments(call);
            foreach (BuilderGroupFacts group in BuilderGroups(type))
            {
                if (group.Method != name || (arguments.Count != group.Parameters.Count && !(group.Uniform && arguments.Count == 1)))
                {
                    continue;
                }

                for (int i = 0; i < group.Parameters.Count; i++)
                {
                    if (Schema.Property(type, group.Parameters[i]) is PropertyFacts property)
                    {
                        IOperation value = arguments[arguments.Count == 1 ? 0 : i].Value;
                        SetValue(node, property, ReadValue(value, property, property.Kind));
                    }
                }

                return true;
            }

            foreach (PropertyFacts property in Schema.AllProperties(type))
            {
                if (property.BuilderMethod != name || arguments.Count != 1)
                {
                    continue;
                }

                IOperation value = arguments[0].Value;
                if (property.Kind == FactKind.Object && IsDelegate(arguments[0].Parameter) && Schema.Type(property.TypeName) is TypeFacts nestedType)
                {
                    // The builder configures the object already there, or a new one with its starting values.
                    RuleObject nested = node.Object(property.JsonName) ?? new RuleObject(Origins.OfCall(call), AbsentMeans.Unset);
                    ReadLambda(value, nested, nestedCall => ApplyPropertyCall(nestedCall, nested, nestedType));
                    node.Set(property.JsonName, nested);
                    return true;
                }

                SetValue(node, property, ReadValue(value, property, property.Kind));
                return true;
            }

            return false;
        }
    }
}
