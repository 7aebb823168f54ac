using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiStudios.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Tests.Docs
{
    /// <summary>
    /// Every fenced <c>csharp</c> block of README.md and of the packages' READMEs compiles against
    /// the SDK, so the documentation cannot drift from the API. How a block is compiled:
    /// <list type="bullet">
    /// <item>Leading <c>using X;</c> directives of the block are kept as directives.</item>
    /// <item>A block preceded by <c>&lt;!-- csharp-context: Project project, string json --&gt;</c>
    /// is the body of an <c>async Task</c> method with those parameters, the variables the fragment
    /// assumes; the SDK's namespaces and System, System.Linq, System.Threading.Tasks and
    /// Microsoft.Extensions.DependencyInjection/Configuration are imported.</item>
    /// <item>A block without one is a whole program of top-level statements, with the implicit
    /// usings of <c>dotnet new console</c>; without statements (only a class) it is a library.</item>
    /// <item>The context may instead say <c>members</c>: the block is members of a class (a test
    /// method, say; Xunit is imported too). Either form may add <c>with path/File.cs</c> (several
    /// allowed): repository files compiled along with the block, for the types it uses.</item>
    /// </list>
    /// Parts of a context are separated by <c>;</c>, e.g. <c>&lt;!-- csharp-context: members; with samples/X/Videos.cs --&gt;</c>.
    /// Errors are reported at the README's own line (through <c>#line</c>), e.g.
    /// <c>README.md(154,3): error CS1061: ...</c>.
    /// </summary>
    public class ReadmeCodeTests
    {
        private static readonly string[] Documents =
        {
            "README.md",
            "src/AiStudios/README.md",
            "src/AiStudios.Extensions.DependencyInjection/README.md",
            "src/AiStudios.Testing/README.md",
            "src/AiStudios.Storyboard/README.md",
            "src/AiStudios.Batch/README.md",
            "src/AiStudios.AspNetCore/README.md",
        };

        private static readonly string[] ConsoleImplicitUsings =
        {
            "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
        };

        private static readonly string[] FragmentUsings =
        {
            "System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks",
            "AiStudios", "AiStudios.Serialization", "AiStudios.Validation",
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        };

        private static readonly Regex Context = new Regex(@"^<!--\s*csharp-context:\s*(?<parameters>.*?)\s*-->\s*$");
        private static readonly Regex UsingDirective = new Regex(@"^using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>]+)?\s*;\s*(//.*)?$");

        private static readonly Lazy<MetadataReference[]> References = new Lazy<MetadataReference[]>(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToArray());

        /// <summary>A fenced block: its document, the line of its first code line, its lines and the declared context.</summary>
        public sealed record Block(string Document, int FirstLine, IReadOnlyList<string> Lines, string? Context)
        {
            private IEnumerable<string> Parts => (Context ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            public bool IsProgram => Context is null;

            public bool IsMembers => Parts.Contains("members");

            public string Parameters => string.Join(", ", Parts.Where(p => p != "members" && !p.StartsWith("with ", StringComparison.Ordinal)));

            public IEnumerable<string> Files => Parts.Where(p => p.StartsWith("with ", StringComparison.Ordinal)).Select(p => p["with ".Length..].Trim());

            public override string ToString() => $"{Document}:{FirstLine}";
        }

        public static IEnumerable<Block> BlocksOf(string document)
        {
            string[] lines = File.ReadAllLines(RepoPaths.InRepo(document));
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimEnd() != "```csharp")
                {
                    continue;
                }

                string? parameters = i > 0 && Context.Match(lines[i - 1]) is { Success: true } m ? m.Groups["parameters"].Value : null;
                int end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
                Assert.True(end > i, $"{document}:{i + 1}: the csharp block is never closed");
                yield return new Block(document, i + 2, lines[(i + 1)..end], parameters);
                i = end;
            }
        }

        public static TheoryData<string, int> AllBlocks()
        {
            var data = new TheoryData<string, int>();
            foreach (Block block in Documents.SelectMany(BlocksOf))
            {
                data.Add(block.Document, block.FirstLine);
            }

            return data;
        }

        [Fact]
        public void The_readme_has_csharp_blocks_to_compile()
        {
            Assert.True(BlocksOf("README.md").Count() >= 5);
        }

        [Theory]
        [MemberData(nameof(AllBlocks))]
        public void Every_csharp_block_compiles(string document, int firstLine)
        {
            Block block = BlocksOf(document).Single(b => b.FirstLine == firstLine);
            string source = SourceOf(block);
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "ReadmeBlock",
                block.Files
                    .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(RepoPaths.InRepo(f)), parseOptions, path: f))
                    .Prepend(CSharpSyntaxTree.ParseText(source, parseOptions, path: "block.cs")),
                References.Value,
                new CSharpCompilationOptions(
                    block.IsProgram && HasStatements(source, parseOptions) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable));

            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0,
                $"The csharp block at {document} line {firstLine} does not compile:\n"
                + string.Join("\n", errors.Select(e => e.ToString()))
                + "\n\nCompiled as:\n" + source);
        }

        /// <summary>Whether a whole-program block has top-level statements; one that only declares types (a test class, say) is a library.</summary>
        private static bool HasStatements(string source, CSharpParseOptions parseOptions) =>
            CSharpSyntaxTree.ParseText(source, parseOptions).GetCompilationUnitRoot().Members
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();

        /// <summary>The block as a compilation unit; its lines keep their README line numbers.</summary>
        private static string SourceOf(Block block)
        {
            string file = block.Document.Replace('\\', '/');
            var text = new StringBuilder();
            int first = 0;
            while (first < block.Lines.Count && (UsingDirective.IsMatch(block.Lines[first].Trim()) || block.Lines[first].Trim().Length == 0))
            {
                text.AppendLine($"#line {block.FirstLine + first} \"{file}\"").AppendLine(block.Lines[first]);
                first++;
            }

            text.AppendLine("#line hidden");
            foreach (string ns in block.IsProgram ? ConsoleImplicitUsings : block.IsMembers ? FragmentUsings.Append("Xunit") : FragmentUsings)
            {
                text.AppendLine($"using {ns};");
            }

            if (block.IsMembers)
            {
                text.AppendLine("public class ReadmeBlock").AppendLine("{");
            }
            else if (!block.IsProgram)
            {
                text.AppendLine("internal static class ReadmeBlock").AppendLine("{");
                text.AppendLine($"    internal static async Task Run({block.Parameters})").AppendLine("    {");
                text.AppendLine("        await Task.CompletedTask;");
            }

            text.AppendLine($"#line {block.FirstLine + first} \"{file}\"");
            foreach (string line in block.Lines.Skip(first))
            {
                text.AppendLine(line);
            }

            text.AppendLine("#line hidden");
            if (block.IsMembers)
            {
                text.AppendLine("}");
            }
            else if (!block.IsProgram)
            {
                text.AppendLine("    }").AppendLine("}");
            }

            return text.ToString();
        }
    }
}
