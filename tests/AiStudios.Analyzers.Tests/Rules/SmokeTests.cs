using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    public sealed class SmokeTests
    {
        [Fact]
        public Task Opacity_out_of_range_is_reported_on_its_literal() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"", a => a.Opacity({|AIS0004:150|})).Script(""Hello"")).Build()"));
    }
}
