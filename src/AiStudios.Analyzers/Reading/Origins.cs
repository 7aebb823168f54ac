using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AiStudios.Analyzers.Reading
{
    /// <summary>
    /// Where a diagnostic about a piece of the tree is shown. A value's squiggle is its expression
    /// (the <c>150</c> of <c>Opacity(150)</c>); a whole clip's is the name of the call that adds it
    /// (<c>Text</c> of <c>s.Text(...)</c>) or the <c>new TextClip</c> of its creation.
    /// </summary>
    internal static class Origins
    {
        public static Location Of(IOperation operation) => operation.Syntax.GetLocation();

        /// <summary>The method name of a call: <c>Text</c> in <c>s.Text("Title", ...)</c>.</summary>
        public static Location OfCall(IInvocationOperation call)
        {
            if (call.Syntax is InvocationExpressionSyntax invocation)
            {
                return invocation.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name.GetLocation(),
                    _ => invocation.Expression.GetLocation(),
                };
            }

            return call.Syntax.GetLocation();
        }

        /// <summary><c>new TextClip</c> (or <c>new()</c>) without the initializer.</summary>
        public static Location OfCreation(IObjectCreationOperation creation)
        {
            SyntaxNode syntax = creation.Syntax;
            switch (syntax)
            {
                case ObjectCreationExpressionSyntax explicitNew:
                    return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(explicitNew.NewKeyword.SpanStart, explicitNew.Type.Span.End));
                case ImplicitObjectCreationExpressionSyntax implicitNew:
                    return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(implicitNew.NewKeyword.SpanStart, implicitNew.ArgumentList.Span.End));
                default:
                    return syntax.GetLocation();
            }
        }
    }
}
