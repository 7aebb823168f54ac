using System.IO;
using System.Linq;
using System.Reflection;
using AiStudios.Generator.Diagnostics;
using AiStudios.Testing;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Tests
{
    /// <summary>The generator's diagnostics link their pages, at the repository named once in Directory.Build.props.</summary>
    public class DiagnosticDescriptorTests
    {
        [Fact]
        public void Every_generator_diagnostic_links_its_page_under_the_repository_url_of_Directory_Build_props()
        {
            DiagnosticDescriptor[] descriptors = typeof(DiagnosticDescriptors)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => f.GetValue(null))
                .OfType<DiagnosticDescriptor>()
                .ToArray();

            Assert.NotEmpty(descriptors);
            foreach (DiagnosticDescriptor descriptor in descriptors)
            {
                Assert.Equal(RepoSettings.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
                Assert.True(File.Exists(RepoPaths.InRepo(Path.Combine("docs", "diagnostics", descriptor.Id + ".md"))), descriptor.Id + " has no page");
            }
        }
    }
}
