using System.Text.Json;
using AiStudios.Benchmarks.Harness;
using AiStudios.Benchmarks.Payload;
using AiStudios.Benchmarks.Plain;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiStudios.Benchmarks
{
    /// <summary>
    /// Issue core, section 7: write and read the 50-scene project with (a) the generated code,
    /// (b) System.Text.Json's source-generated serializer and (c) its reflection serializer, both
    /// over the equivalent plain classes. (b) is the baseline of each category, so Ratio and
    /// Alloc Ratio read as "times (b)".
    /// </summary>
    [Config(typeof(BenchmarkConfig))]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class SerializationBenchmarks
    {
        private byte[] _payload = null!;
        private Project _generated = null!;
        private PlainProject _plain = null!;
        private JsonOutput _output = null!;

        [GlobalSetup]
        public void Setup()
        {
            // Runs in every benchmark process: a failed check fails the run before any timing.
            EquivalenceCheck.Run();
            _payload = BenchmarkPayload.Utf8;
            _generated = Project.FromJson(_payload);
            _plain = JsonSerializer.Deserialize(_payload, PlainJsonContext.Default.PlainProject)!;
            _output = new JsonOutput();
        }

        [Benchmark(Description = "Generated"), BenchmarkCategory("Write")]
        public int WriteGenerated()
        {
            _generated.WriteTo(_output.Start());
            return _output.Finish();
        }

        [Benchmark(Baseline = true, Description = "StjSourceGen"), BenchmarkCategory("Write")]
        public int WriteSourceGen()
        {
            JsonSerializer.Serialize(_output.Start(), _plain, PlainJsonContext.Default.PlainProject);
            return _output.Finish();
        }

        [Benchmark(Description = "StjReflection"), BenchmarkCategory("Write")]
        public int WriteReflection()
        {
            JsonSerializer.Serialize(_output.Start(), _plain, PlainReflection.Options);
            return _output.Finish();
        }

        [Benchmark(Description = "Generated"), BenchmarkCategory("Read")]
        public Project ReadGenerated() => Project.FromJson(_payload);

        [Benchmark(Baseline = true, Description = "StjSourceGen"), BenchmarkCategory("Read")]
        public PlainProject ReadSourceGen() => JsonSerializer.Deserialize(_payload, PlainJsonContext.Default.PlainProject)!;

        [Benchmark(Description = "StjReflection"), BenchmarkCategory("Read")]
        public PlainProject ReadReflection() => JsonSerializer.Deserialize<PlainProject>(_payload, PlainReflection.Options)!;
    }
}
