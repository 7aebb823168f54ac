using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using AiStudios.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Tests
{
    /// <summary>
    /// What the generator emits into a consumer's project (a user's own catalog, with the SDK
    /// referenced as a package): it compiles on netstandard2.0 with C# 7.3, and the user's
    /// <c>Avatars</c> lists the SDK's avatars too, so <c>Avatars.M000045058.BG00002320</c> keeps
    /// compiling inside the user's namespace.
    /// </summary>
    public class ConsumerCatalogTests
    {
        private const string OwnCatalog = """
            {
              "avatars": [{
                "id": "M000099999",
                "clothes": [{ "id": "BG00000001", "width": 500, "height": 1500, "placement": { "portrait": { "left": 290, "top": 400 } },
                              "model": { "language": "ko", "editor": { "scale": 0.5 } } }]
              }]
            }
            """;

        // A catalog that lists the SDK's avatar in other clothes: the class shows both sets.
        private const string SameAvatarCatalog = """
            {
              "avatars": [{
                "id": "M000045058",
                "clothes": [{ "id": "BG00009999", "width": 600, "height": 1800, "model": { "language": "en" } }]
              }]
            }
            """;

        // C# 7.3 only: no nullable annotations, no default literal, no switch expressions.
        private const string UserCode = """
            namespace Contoso.Videos
            {
                public static class Use
                {
                    public static string Own() { return Avatars.M000099999.Default.AvatarId; }
                    public static global::AiStudios.AvatarClothes Sdk() { return Avatars.M000045058.BG00002320; }
                    public static string SdkId() { return Avatars.M000045058.Id; }
                    public static global::AiStudios.AvatarClothes SdkDefault() { return Avatars.M000045058.Default; }
                    public static void Register(global::AiStudios.AvatarCatalog catalog) { Avatars.Register(catalog); }
                }
            }
            """;

        private static readonly string NetStandardFolder = Path.Combine(AppContext.BaseDirectory, "netstandard2.0");

        /// <summary>netstandard.dll and the SDK's netstandard2.0 assembly, as a netstandard2.0 library references them.</summary>
        private static IEnumerable<MetadataReference> NetStandardReferences() =>
            new[] { "netstandard.dll", "AiStudios.dll" }.Select(name => MetadataReference.CreateFromFile(Path.Combine(NetStandardFolder, name)));

        private static IEnumerable<MetadataReference> Net10References() =>
            GeneratorHarness.References.Append(MetadataReference.CreateFromFile(typeof(global::AiStudios.Project).Assembly.Location));

        private static (GeneratorRunResult Result, Compilation Output) Run(
            LanguageVersion version, IEnumerable<MetadataReference> references, string code, params string[] catalogs)
        {
            var parseOptions = new CSharpParseOptions(version);
            CSharpCompilation user = CSharpCompilation.Create(
                "ContosoVideos",
                new[] { CSharpSyntaxTree.ParseText(code, parseOptions) },
                references,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                    specificDiagnosticOptions: GeneratorHarness.CompilationOptions.SpecificDiagnosticOptions));
            var run = GeneratorHarness.Run(
                parseOptions,
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "Contoso.Videos" },
                user,
                catalogs.Select((text, i) => GeneratorHarness.Catalog(text, $"/contoso/catalog{i}.avatars.json")));
            return (run.Result.Results.Single(), run.Output);
        }

        private static void AssertCompilesClean(GeneratorRunResult result, Compilation output)
        {
            Assert.Empty(result.Diagnostics);
            Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }

        [Fact]
        public void A_netstandard20_library_on_CSharp_7_3_compiles_its_own_catalog_and_uses_the_sdks_avatars()
        {
            (GeneratorRunResult result, Compilation output) = Run(LanguageVersion.CSharp7_3, NetStandardReferences(), UserCode, OwnCatalog);

            AssertCompilesClean(result, output);
            string text = result.GeneratedSources.Single().SourceText.ToString();
            Assert.DoesNotContain("#nullable", text);
            Assert.DoesNotContain("ModuleInitializer", text);
            Assert.Contains("public static global::AiStudios.AvatarClothes BG00002320 => global::AiStudios.Avatars.M000045058.BG00002320;", text);
        }

        [Fact]
        public void A_netstandard20_library_on_CSharp_7_3_merges_its_clothes_of_an_sdk_avatar_with_the_sdks()
        {
            const string code = """
                namespace Contoso.Videos
                {
                    public static class Use
                    {
                        public static global::AiStudios.AvatarClothes Own() { return Avatars.M000045058.BG00009999; }
                        public static global::AiStudios.AvatarClothes Sdk() { return Avatars.M000045058.BG00002320; }
                    }
                }
                """;

            (GeneratorRunResult result, Compilation output) = Run(LanguageVersion.CSharp7_3, NetStandardReferences(), code, SameAvatarCatalog);

            AssertCompilesClean(result, output);
            string text = result.GeneratedSources.Single().SourceText.ToString();
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "public static class M000045058"));
            Assert.Contains("public static global::AiStudios.AvatarClothes Default => BG00009999;", text);
        }

        [Fact]
        public void The_users_Avatars_hands_out_the_sdks_own_entries()
        {
            (GeneratorRunResult result, Compilation output) = Run(LanguageVersion.Latest, Net10References(), UserCode, OwnCatalog);
            AssertCompilesClean(result, output);

            using var stream = new MemoryStream();
            Assert.True(output.Emit(stream).Success);
            Type use = Assembly.Load(stream.ToArray()).GetType("Contoso.Videos.Use")!;

            Assert.Same(global::AiStudios.Avatars.M000045058.BG00002320, use.GetMethod("Sdk")!.Invoke(null, null));
            Assert.Same(global::AiStudios.Avatars.M000045058.Default, use.GetMethod("SdkDefault")!.Invoke(null, null));
            Assert.Equal("M000045058", use.GetMethod("SdkId")!.Invoke(null, null));
            Assert.Equal("M000099999", use.GetMethod("Own")!.Invoke(null, null));
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3, false, false)]
        [InlineData(LanguageVersion.CSharp8, true, false)]
        [InlineData(LanguageVersion.CSharp9, true, true)]
        [InlineData(LanguageVersion.Latest, true, true)]
        public void Nullable_context_and_module_initializer_follow_the_consumers_language_version(LanguageVersion version, bool nullable, bool moduleInitializer)
        {
            // .NET 10 references: the runtime has ModuleInitializerAttribute, so only the language decides.
            (GeneratorRunResult result, Compilation output) = Run(version, Net10References(), UserCode, OwnCatalog);

            AssertCompilesClean(result, output);
            string text = result.GeneratedSources.Single().SourceText.ToString();
            Assert.Equal(nullable, text.Contains("#nullable enable"));
            Assert.Equal(moduleInitializer, text.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]"));
        }

        // What client.ExportAvatarCatalogAsync writes for avatars of the account no compiled catalog sizes: ids alone.
        private const string AccountCatalog = """
            {
              "complete": true,
              "avatars": [{
                "id": "M000320746",
                "description": "Emma (stock)",
                "defaultClothes": "BG00007030",
                "clothes": [{ "id": "BG00007030", "description": "Navy suit" }, { "id": "BG00007031" }]
              }]
            }
            """;

        [Fact]
        public void A_catalog_of_ids_alone_gives_typed_constants_on_CSharp_7_3_and_marks_the_catalog_complete()
        {
            const string code = """
                namespace Contoso.Videos
                {
                    public static class Use
                    {
                        public static global::AiStudios.AvatarClothes Emma() { return Avatars.M000320746.BG00007031; }
                        public static void Register(global::AiStudios.AvatarCatalog catalog) { Avatars.Register(catalog); }
                    }
                }
                """;

            (GeneratorRunResult result, Compilation output) = Run(LanguageVersion.CSharp7_3, NetStandardReferences(), code, AccountCatalog);

            AssertCompilesClean(result, output);
            string text = result.GeneratedSources.Single().SourceText.ToString();
            Assert.Contains("public static global::AiStudios.AvatarClothes BG00007030 { get; } = new global::AiStudios.AvatarClothes(\"M000320746\", \"BG00007030\");", text);
            Assert.Contains("catalog.IsComplete = true;", text);
        }

        [Fact]
        public void A_registered_catalog_of_ids_alone_holds_entries_without_size_and_is_complete()
        {
            (GeneratorRunResult result, Compilation output) = Run(LanguageVersion.Latest, Net10References(), UserCode.Replace("M000099999", "M000320746"), AccountCatalog);
            AssertCompilesClean(result, output);

            using var stream = new MemoryStream();
            Assert.True(output.Emit(stream).Success);
            Type use = Assembly.Load(stream.ToArray()).GetType("Contoso.Videos.Use")!;
            var catalog = new global::AiStudios.AvatarCatalog();
            use.GetMethod("Register")!.Invoke(null, new object[] { catalog });

            Assert.True(catalog.IsComplete);
            Assert.True(catalog.TryGet("M000320746", "BG00007031", out global::AiStudios.AvatarClothes clothes));
            Assert.Null(clothes.Width);
            global::AiStudios.AvatarModel model = clothes.CreateModel();
            Assert.Equal(("M000320746", "BG00007031", null), (model.AvatarId, model.ClothesId, model.Editor));
        }

        [Fact]
        public void The_MSBuild_property_marks_the_catalog_complete_with_or_without_a_catalog_file()
        {
            var complete = new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Contoso.Videos",
                ["build_property.AiStudiosAvatarCatalogComplete"] = "true",
            };
            CSharpCompilation user = CSharpCompilation.Create(
                "ContosoVideos",
                new[] { CSharpSyntaxTree.ParseText("namespace Contoso.Videos { public static class Use { } }", GeneratorHarness.ParseOptions) },
                Net10References(),
                GeneratorHarness.CompilationOptions);

            var withFile = GeneratorHarness.Run(GeneratorHarness.ParseOptions, complete, user, new[] { GeneratorHarness.Catalog(OwnCatalog, "/contoso/my.avatars.json") });
            var withoutFile = GeneratorHarness.Run(GeneratorHarness.ParseOptions, complete, user, Array.Empty<AdditionalText>());

            Assert.Contains("catalog.IsComplete = true;", withFile.Result.Results.Single().GeneratedSources.Single().SourceText.ToString());
            GeneratedSourceResult marker = Assert.Single(withoutFile.Result.Results.Single().GeneratedSources);
            Assert.Equal("AiStudiosAvatarCatalogCompleteness.g.cs", marker.HintName);
            Assert.Contains("internal static void Apply() => global::AiStudios.AvatarCatalog.Default.IsComplete = true;", marker.SourceText.ToString());
            Assert.Empty(withoutFile.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }

        [Fact]
        public void A_netstandard20_library_on_the_latest_CSharp_gets_no_module_initializer_its_runtime_lacks()
        {
            (GeneratorRunResult result, Compilation output) = Run(LanguageVersion.Latest, NetStandardReferences(), UserCode, OwnCatalog);

            AssertCompilesClean(result, output);
            string text = result.GeneratedSources.Single().SourceText.ToString();
            Assert.Contains("#nullable enable", text);
            Assert.DoesNotContain("ModuleInitializer", text);
        }
    }
}
