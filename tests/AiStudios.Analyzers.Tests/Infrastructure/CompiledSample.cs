using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiStudios.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// One C# source, seen both ways: compiled with the analyzers (the diagnostics a user would
    /// see) and run (the project <c>Sample.Build()</c> returns, for <c>Validate()</c>).
    /// </summary>
    internal static class CompiledSample
    {
        public static async Task<(ImmutableArray<Diagnostic> Diagnostics, Project Project)> RunAsync(string source)
        {
            CSharpCompilation compilation = await CompileAsync(source, OutputKind.DynamicallyLinkedLibrary);
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(compilation, new PayloadAnalyzer());

            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(stream);
            Assert.True(emitted.Success);
            stream.Position = 0;

            // The sample resolves AiStudios to the assembly this test already loaded, so Project is the same type.
            var context = new AssemblyLoadContext("sample", isCollectible: true);
            try
            {
                Assembly assembly = context.LoadFromStream(stream);
                MethodInfo build = assembly.GetType("Sample")!.GetMethod("Build")!;
                return (diagnostics, (Project)build.Invoke(null, null)!);
            }
            finally
            {
                context.Unload();
            }
        }

        /// <summary>Compiles a source against .NET 8 and the SDK; fails the test on a compiler error.</summary>
        public static async Task<CSharpCompilation> CompileAsync(string source, OutputKind kind, params string[] preprocessorSymbols)
        {
            ImmutableArray<MetadataReference> references = (await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .Add(MetadataReference.CreateFromFile(typeof(Project).Assembly.Location))
                .Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Sample" + Guid.NewGuid().ToString("N"),
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12, preprocessorSymbols: preprocessorSymbols)) },
                references,
                new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
            return compilation;
        }

        public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers) =>
            compilation.WithAnalyzers(ImmutableArray.Create(analyzers)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
