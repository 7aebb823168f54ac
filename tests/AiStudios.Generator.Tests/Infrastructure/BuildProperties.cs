using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiStudios.Generator.Tests.Infrastructure
{
    /// <summary>MSBuild properties as the compiler hands them to generators (build_property.X).</summary>
    internal sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public BuildProperties(IDictionary<string, string> values)
        {
            _global = new Options(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _global;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IDictionary<string, string> _values;

            public Options(IDictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
