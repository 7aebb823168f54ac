using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Schema
{
    /// <summary>Turns wire names into C# names.</summary>
    internal static class Naming
    {
        /// <summary><c>source_url</c> becomes <c>SourceUrl</c>, <c>fade-in</c> becomes <c>FadeIn</c>, <c>sceneIdx</c> becomes <c>SceneIdx</c>.</summary>
        public static string ToPascalCase(string name)
        {
            var builder = new StringBuilder(name.Length);
            bool upperNext = true;
            foreach (char c in name)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upperNext = true;
                    continue;
                }

                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            if (builder.Length == 0 || char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        /// <summary><c>SourceUrl</c> becomes <c>sourceUrl</c>; keywords get an <c>@</c>.</summary>
        public static string ToCamelCase(string pascal)
        {
            string camel = pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
            return SyntaxFacts.GetKeywordKind(camel) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + camel : camel;
        }

        public static bool IsValidIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;

        public static bool IsValidNamespace(string name)
        {
            foreach (string part in name.Split('.'))
            {
                if (!IsValidIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
