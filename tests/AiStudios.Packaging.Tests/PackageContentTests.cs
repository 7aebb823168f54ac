using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Xml.Linq;
using AiStudios.Packaging.Tests.Infrastructure;
using AiStudios.Testing;

namespace AiStudios.Packaging.Tests
{
    /// <summary>What is inside the packed .nupkg and .snupkg files.</summary>
    [Collection(PackagesCollection.Name)]
    public sealed class PackageContentTests
    {
        private static readonly Guid EmbeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

        private readonly PackageFeed _feed;

        public PackageContentTests(PackageFeed feed)
        {
            _feed = feed;
        }

        public static TheoryData<string> PackageIds => new TheoryData<string>(
            PackageFeed.PackedProjects.Select(p => Path.GetFileNameWithoutExtension(p)));

        private static string RepositoryUrl =>
            XDocument.Load(RepoPaths.InRepo("Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;

        [Theory]
        [MemberData(nameof(PackageIds))]
        public void Every_package_has_a_description_license_readme_repository_and_prerelease_version(string id)
        {
            _feed.AssertPacked();
            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath(id));
            XElement metadata = XDocument.Load(package.GetEntry(id + ".nuspec")!.Open()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
            XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

            Assert.Equal(_feed.Version, Value("version"));
            Assert.Contains("-", Value("version"));
            Assert.True(Value("description").Length > 80 && Value("description") != "Package Description", Value("description"));
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("expression", Element("license").Attribute("type")?.Value);
            Assert.NotEmpty(Value("authors"));
            Assert.Contains("aistudios", Value("tags"));
            Assert.Equal(RepositoryUrl, Element("repository").Attribute("url")?.Value);

            // Its own README for NuGet users, not the repository's.
            Assert.Equal("README.md", Value("readme"));
            string readme = new StreamReader(package.GetEntry("README.md")!.Open()).ReadToEnd();
            Assert.StartsWith("# " + id, readme);
            Assert.NotEqual(File.ReadAllText(RepoPaths.InRepo("README.md")), readme);
        }

        [Theory]
        [MemberData(nameof(PackageIds))]
        public void Every_package_has_a_symbols_package_with_the_sources_embedded(string id)
        {
            _feed.AssertPacked();
            using ZipArchive symbols = ZipFile.OpenRead(_feed.PackagePath(id, ".snupkg"));
            string[] pdbs = symbols.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).Select(e => e.FullName).ToArray();
            string own;
            if (PackageFeed.ToolPackages.Contains(id))
            {
                // A tool carries its dependencies' files beside its own, symbols included.
                own = $"tools/net10.0/any/{id}.pdb";
                Assert.Contains(own, pdbs);
                Assert.All(pdbs, p => Assert.StartsWith("tools/net10.0/any/", p));
            }
            else if (PackageFeed.Net10Packages.Contains(id))
            {
                own = Assert.Single(pdbs);
                Assert.Equal($"lib/net10.0/{id}.pdb", own);
            }
            else
            {
                Assert.Equal(new[] { $"lib/net8.0/{id}.pdb", $"lib/netstandard2.0/{id}.pdb" }, pdbs.OrderBy(p => p, StringComparer.Ordinal));
                own = pdbs[0];
            }

            using var pdb = new MemoryStream();
            symbols.GetEntry(own)!.Open().CopyTo(pdb);
            pdb.Position = 0;
            using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
            MetadataReader reader = provider.GetMetadataReader();
            int documents = reader.Documents.Count;
            int embedded = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation).Count(c => reader.GetGuid(c.Kind) == EmbeddedSource);
            Assert.True(documents > 0 && embedded == documents, $"{embedded} of {documents} sources embedded in {own}");
        }

        [Fact]
        public void The_AiStudios_package_carries_the_library_the_roslyn_components_and_the_build_conventions()
        {
            _feed.AssertPacked();
            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath("AiStudios"));
            string[] files = package.Entries.Select(e => e.FullName).ToArray();

            Assert.Contains("lib/netstandard2.0/AiStudios.dll", files);
            Assert.Contains("lib/net8.0/AiStudios.dll", files);
            Assert.Equal(
                new[] { "analyzers/dotnet/cs/AiStudios.Analyzers.dll", "analyzers/dotnet/cs/AiStudios.CodeFixes.dll", "analyzers/dotnet/cs/AiStudios.Generator.dll" },
                files.Where(f => f.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal));
            Assert.Equal(
                new[] { "buildTransitive/AiStudios.props", "buildTransitive/AiStudios.targets" },
                files.Where(f => f.StartsWith("build", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal));
        }
    
        [Fact]
        public void The_cli_package_is_a_dotnet_tool_named_aistudios()
        {
            _feed.AssertPacked();
            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath("AiStudios.Cli"));
            XElement metadata = XDocument.Load(package.GetEntry("AiStudios.Cli.nuspec")!.Open()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            XElement command = XDocument.Load(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open()).Descendants("Command").Single();

            Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "packageType" && e.Attribute("name")?.Value == "DotnetTool");
            Assert.Equal("aistudios", command.Attribute("Name")?.Value);
            Assert.Equal("AiStudios.Cli.dll", command.Attribute("EntryPoint")?.Value);
            Assert.NotNull(package.GetEntry("tools/net10.0/any/AiStudios.Emulator.dll"));
        }

        [Fact]
        public void The_storyboard_package_depends_on_the_sdk_package_of_the_same_version()
        {
            _feed.AssertPacked();
            using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath("AiStudios.Storyboard"));
            XElement nuspec = XDocument.Load(package.GetEntry("AiStudios.Storyboard.nuspec")!.Open()).Root!;
            string[] files = package.Entries.Select(e => e.FullName).ToArray();

            Assert.Contains("lib/netstandard2.0/AiStudios.Storyboard.dll", files);
            Assert.Contains("lib/net8.0/AiStudios.Storyboard.dll", files);
            Assert.All(
                nuspec.Descendants().Where(e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "AiStudios"),
                d => Assert.Equal(_feed.Version, d.Attribute("version")?.Value));
            Assert.Contains(nuspec.Descendants(), e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "AiStudios");
        }
    }
}
