using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AiStudios.Generator.Tests.Infrastructure;
using AiStudios.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Tests
{
    /// <summary>
    /// The catalog a client exported from an account (<c>samples/AccountAvatars/account.avatars.json</c>, which the
    /// client tests keep equal to the emulator's export) gives a typed constant for every avatar and clothes it lists.
    /// </summary>
    public class SampleCatalogTests
    {
        [Fact]
        public void Every_avatar_and_clothes_of_the_exported_catalog_is_a_typed_constant()
        {
            string path = RepoPaths.InRepo("samples/AccountAvatars/account.avatars.json");
            string text = File.ReadAllText(path);
            CSharpCompilation user = CSharpCompilation.Create(
                "AccountAvatars",
                System.Array.Empty<SyntaxTree>(),
                GeneratorHarness.References.Append(MetadataReference.CreateFromFile(typeof(global::AiStudios.Project).Assembly.Location)),
                GeneratorHarness.CompilationOptions);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new AiStudiosGenerator().AsSourceGenerator() },
                new[] { GeneratorHarness.Catalog(text, path) },
                GeneratorHarness.ParseOptions,
                new BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "AccountAvatars" }));

            driver = driver.RunGeneratorsAndUpdateCompilation(user, out Compilation output, out ImmutableArray<Diagnostic> _);

            Assert.Empty(driver.GetRunResult().Results.Single().Diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            JsonNode catalog = JsonNode.Parse(text)!;
            string ns = catalog["namespace"]?.GetValue<string>() ?? "AccountAvatars";
            JsonArray avatars = catalog["avatars"]!.AsArray();
            Assert.NotEmpty(avatars);
            foreach (JsonNode? avatar in avatars)
            {
                string id = avatar!["id"]!.GetValue<string>();
                INamedTypeSymbol? type = output.GetTypeByMetadataName($"{ns}.Avatars+{id}");
                Assert.True(type is not null, $"no class for avatar {id}");
                foreach (JsonNode? clothes in avatar["clothes"]!.AsArray())
                {
                    string clothesId = clothes!["id"]!.GetValue<string>();
                    Assert.True(type!.GetMembers(clothesId).OfType<IPropertySymbol>().Any(p => p.Type.Name == "AvatarClothes"), $"no constant {id}.{clothesId}");
                }

                Assert.Single(type!.GetMembers("Default"));
            }
        }
    }
}
