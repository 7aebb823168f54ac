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
    /// What <see cref="PayloadAnalyzer"/> knows in one compilation, and its three entry points.
    /// Each payload is analysed from its root only (the chain's <c>Video.Landscape()</c>, the
    /// outermost <c>new</c>), so nothing is reported twice. Shared by concurrent actions: it holds
    /// only immutable state.
    /// </summary>
    internal sealed class PayloadSession
    {
        private readonly AiStudiosSymbols _symbols;
        private readonly IAvatarFacts _avatars;
        private readonly RuleEngine _engine;

        public PayloadSession(AiStudiosSymbols symbols, IAvatarFacts avatars, RuleEngine engine)
        {
            _symbols = symbols;
            _avatars = avatars;
            _engine = engine;
        }

        /// <summary>
        /// A chain started by <c>Video.Landscape()</c> (or another orientation), analysed from its
        /// last call so that every diagnostic lies inside the operation analysed: the IDE and code
        /// fixes only take diagnostics reported within it.
        /// </summary>
        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var call = (IInvocationOperation)context.Operation;
            if (TreeReader.ChainAbove(call).Count > 0)
            {
                return;
            }

            IInvocationOperation root = call;
            while (root.Instance is not null && TreeReader.Unwrap(root.Instance) is IInvocationOperation inner)
            {
                root = inner;
            }

            if (!root.TargetMethod.IsStatic || !SymbolEqualityComparer.Default.Equals(root.TargetMethod.ContainingType, _symbols.Video))
            {
                return;
            }

            var reader = new TreeReader(_symbols, _avatars, context.CancellationToken);
            RuleObject project = reader.ReadVideoChain(root);
            ProblemReporter.Report(_engine.CheckProject(project), root.Syntax.GetLocation(), context.ReportDiagnostic);
        }

        /// <summary>The outermost <c>new</c> of a model type: <c>new Project { ... }</c>, <c>new TextClip { ... }</c>.</summary>
        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            TypeFacts? type = _symbols.ModelFacts(creation.Type);
            if (type is null || IsPartOfLargerPayload(creation))
            {
                return;
            }

            var reader = new TreeReader(_symbols, _avatars, context.CancellationToken);
            RuleObject node = reader.ReadCreation(creation, type);
            var problems = type.Name == _symbols.Schema.RootName ? _engine.CheckProject(node) : _engine.Check(node, type.Name);
            ProblemReporter.Report(problems, Origins.OfCreation(creation), context.ReportDiagnostic);
        }

        /// <summary><c>clip.Opacity = 150;</c>: one property of an object made elsewhere.</summary>
        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target
                || assignment.Parent is IObjectOrCollectionInitializerOperation
                || _symbols.ModelFacts(target.Property.ContainingType) is not TypeFacts declaring)
            {
                return;
            }

            // Judge the property as a member of the most derived model type the instance is known to be.
            TypeFacts type = _symbols.ModelFacts(target.Instance?.Type) ?? declaring;
            var reader = new TreeReader(_symbols, _avatars, context.CancellationToken);
            if (reader.PropertyByName(type, target.Property.Name) is not PropertyFacts property)
            {
                return;
            }

            var node = new RuleObject(assignment.Syntax.GetLocation(), AbsentMeans.Unknown) { IsOpen = true };
            TreeReader.SetValue(node, property, reader.ReadValue(assignment.Value, property, property.Kind));
            ProblemReporter.Report(_engine.Check(node, type.Name), assignment.Value.Syntax.GetLocation(), context.ReportDiagnostic);
        }

        /// <summary>
        /// Whether a creation is read as part of a payload analysed from further out: inside another
        /// model object's initializer, or an argument of a builder call (directly or in a
        /// configuration lambda of one).
        /// </summary>
        private bool IsPartOfLargerPayload(IOperation operation)
        {
            for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IObjectCreationOperation outer when _symbols.ModelFacts(outer.Type) is not null:
                        return true;
                    case IInvocationOperation call when IsBuilderCall(call):
                        return true;
                    case IAnonymousFunctionOperation:
                        // Only a lambda given to a builder method is read with its payload.
                        return current.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation owner } } && IsBuilderCall(owner);
                }
            }

            return false;
        }

        private bool IsBuilderCall(IInvocationOperation call) =>
            SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _symbols.Video) || _symbols.IsBuilder(call.TargetMethod.ContainingType);
    }
}
