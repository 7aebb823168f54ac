using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;
using AiStudios.Testing;
using Microsoft.CodeAnalysis;

namespace AiStudios.Analyzers.Tests.Parity
{
    /// <summary>
    /// samples/BrokenVideo marks each mistake with the rule it breaks (<c>// AIS0011: ...</c>); the
    /// analyzers report exactly those, line by line, so the sample and the README output built
    /// from it stay true.
    /// </summary>
    public sealed class BrokenSampleTests
    {
        [Fact]
        public async Task The_broken_sample_reports_exactly_the_mistakes_it_marks()
        {
            string[] lines = File.ReadAllLines(RepoPaths.InRepo("samples/BrokenVideo/Program.cs"));
            string[] marked = lines
                .SelectMany((line, index) => Regex.Matches(line, @"// (AIS\d{4})(?: \(twice\))?")
                    .SelectMany(m => Enumerable.Repeat($"{m.Groups[1].Value} line {index + 1}", line.Contains("(twice)") ? 2 : 1)))
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToArray();

            var compilation = await CompiledSample.CompileAsync(string.Join("\n", lines), OutputKind.ConsoleApplication, "BROKEN_SAMPLE");
            var diagnostics = await CompiledSample.AnalyzeAsync(compilation, new PayloadAnalyzer(), new SecretAnalyzer());
            string[] reported = diagnostics
                .Select(d => $"{d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}")
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(11, marked.Length);
            Assert.Equal(marked, reported);
        }
    }
}
