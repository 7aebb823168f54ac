using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiStudios.Analyzers.Diagnostics;
using AiStudios.Testing;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>The rule ids, their documentation, release tracking and default severities agree everywhere.</summary>
    public sealed class DescriptorTests
    {
        public static TheoryData<string> RuleIdList() => new TheoryData<string>(RuleIds.All.Select(r => r.Id));

        [Theory]
        [MemberData(nameof(RuleIdList))]
        public void Every_rule_has_a_documentation_page_with_what_why_fix_and_example(string id)
        {
            string path = RepoPaths.InRepo(Path.Combine("docs", "diagnostics", id + ".md"));
            Assert.True(File.Exists(path), "missing " + path);
            string text = File.ReadAllText(path);
            Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
            foreach (string section in new[] { "## What", "## Why", "## How to fix", "## Example" })
            {
                Assert.Contains(section, text, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Every_descriptor_links_its_page_and_has_the_rules_default_severity()
        {
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
            {
                Assert.Equal(RepoSettings.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
                Assert.Equal(Expected(RuleIds.SeverityOf(descriptor.Id)), descriptor.DefaultSeverity);
                Assert.True(descriptor.IsEnabledByDefault);
            }
        }

        [Fact]
        public void Only_run_time_rules_lack_a_descriptor()
        {
            string[] withoutDescriptor = RuleIds.All.Select(r => r.Id).Except(DiagnosticDescriptors.All.Select(d => d.Id)).ToArray();
            Assert.Equal(new[] { RuleIds.RequiredMissing, RuleIds.UnknownClipType, RuleIds.ReferenceRequiredMissing }, withoutDescriptor);
        }

        [Fact]
        public void Release_tracking_lists_every_descriptor_with_its_category_and_severity()
        {
            string text = File.ReadAllText(RepoPaths.InRepo("src/AiStudios.Analyzers/AnalyzerReleases.Unshipped.md"));
            var rows = text.Split('\n')
                .Where(line => line.StartsWith("AIS", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
                .ToDictionary(cells => cells[0]);
            Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id), rows.Keys.OrderBy(id => id));
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
            {
                Assert.Equal(descriptor.Category, rows[descriptor.Id][1]);
                Assert.Equal(descriptor.DefaultSeverity.ToString(), rows[descriptor.Id][2]);
            }
        }

        private static DiagnosticSeverity Expected(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
    }
}
