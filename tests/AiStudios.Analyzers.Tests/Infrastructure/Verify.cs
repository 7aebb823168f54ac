using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiStudios.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs the analyzers (and code fixes) on a snippet the way Microsoft.CodeAnalysis.Testing
    /// does: markup <c>{|AIS0004:150|}</c> names the exact span and id each diagnostic must have,
    /// and any diagnostic not marked fails the test. Snippets compile against .NET 8 and the SDK.
    /// </summary>
    internal static class Verify
    {
        public static Task AnalyzersAsync(string source, params (string Path, string Text)[] additionalFiles) =>
            AnalyzersAsync(source, System.Array.Empty<DiagnosticResult>(), null, additionalFiles);

        /// <summary>
        /// As <see cref="AnalyzersAsync(string, (string Path, string Text)[])"/>, with diagnostics the markup cannot say
        /// (a severity other than the rule's default: <c>{|#0:...|}</c> with <c>.WithLocation(0)</c>) and MSBuild
        /// properties as the package makes them visible (<c>build_property.X = value</c> lines of a global config).
        /// </summary>
        public static Task AnalyzersAsync(string source, DiagnosticResult[] expected, string? msbuildProperties, params (string Path, string Text)[] additionalFiles)
        {
            var test = new AnalyzersTest { TestCode = source };
            Configure(test.TestState);
            foreach ((string path, string text) in additionalFiles)
            {
                test.TestState.AdditionalFiles.Add((path, text));
            }

            if (msbuildProperties is not null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + msbuildProperties));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>A program of top-level statements (built as an executable).</summary>
        public static Task ProgramAsync(string source)
        {
            var test = new AnalyzersTest { TestCode = source };
            Configure(test.TestState);
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            return test.RunAsync(CancellationToken.None);
        }

        public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CSharpCodeFixTest<PayloadAnalyzer, TCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            };
            Configure(test.TestState);
            Configure(test.FixedState);
            return test.RunAsync(CancellationToken.None);
        }

        private static void Configure(SolutionState state)
        {
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Project).Assembly.Location));
        }

        /// <summary>Both analyzers at once, so a test also proves the other reports nothing.</summary>
        private sealed class AnalyzersTest : CSharpAnalyzerTest<PayloadAnalyzer, DefaultVerifier>
        {
            protected override System.Collections.Generic.IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                ImmutableArray.Create<DiagnosticAnalyzer>(new PayloadAnalyzer(), new SecretAnalyzer());
        }
    }
}
