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
            ImmutableArray<MetadataReference> references = (await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .Add(MetadataReference.CreateFromFile(typeof(Project).Assembly.Location));
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Sample" + Guid.NewGuid().ToString("N"),
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));

            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PayloadAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

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
    }
}
