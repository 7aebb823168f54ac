using System;
using System.Text.Json;
using AiStudios.Benchmarks.Harness;
using BenchmarkDotNet.Attributes;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// Issue 13: the SDK's reader and writer against the floor System.Text.Json sets for the same
    /// bytes (a bare <see cref="Utf8JsonReader"/> walk over every token, the walk plus
    /// <c>GetString</c> of every string value, <see cref="JsonDocument"/>'s parse and write) at
    /// 1, 10, 50 and 500 scenes, side by side in one run. The baseline is the bare walk, so Ratio
    /// reads "times the floor"; <see cref="FloorRatios"/> prints the other ratios the issue sets
    /// targets for, from the medians. Only public API is used, so the same file measures any
    /// version of the SDK (docs/performance.md compares main before and after the fixes).
    /// </summary>
    [Config(typeof(FloorConfig))]
    public class FloorBenchmarks
    {
        private FloorDocuments _documents = null!;
        private byte[] _typeFirst = null!;
        private byte[] _typeLast = null!;
        private byte[] _noUnknowns = null!;
        private byte[] _uniqueStrings = null!;
        private Project _project = null!;
        private JsonDocument _document = null!;
        private JsonOutput _output = null!;

        [Params(1, 10, 50, 500)]
        public int Scenes { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            // Runs in every benchmark process: a failed check fails the run before any timing.
            _documents = FloorDocuments.CreateChecked(Scenes);
            _typeFirst = _documents.TypeFirst;
            _typeLast = _documents.TypeLast;
            _noUnknowns = _documents.NoUnknowns;
            _uniqueStrings = _documents.UniqueStrings;
            _project = Project.FromJson(_typeFirst);
            _document = JsonDocument.Parse(_typeFirst);
            _output = new JsonOutput();
        }

        [GlobalCleanup]
        public void Cleanup() => _document.Dispose();

        [Benchmark(Baseline = true, Description = "Bare reader walk")]
        public int Walk()
        {
            var reader = new Utf8JsonReader(_typeFirst);
            int tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        }

        [Benchmark(Description = "Walk + GetString")]
        public int WalkGetString()
        {
            var reader = new Utf8JsonReader(_typeFirst);
            int length = 0;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    length += reader.GetString()!.Length;
                }
            }

            return length;
        }

        [Benchmark(Description = "JsonDocument.Parse")]
        public JsonValueKind DocumentParse()
        {
            using JsonDocument document = JsonDocument.Parse(_typeFirst);
            return document.RootElement.ValueKind;
        }

        [Benchmark(Description = "Project.FromJson")]
        public Project FromJson() => Project.FromJson(_typeFirst);

        [Benchmark(Description = "FromJson, type last")]
        public Project FromJsonTypeLast() => Project.FromJson(_typeLast);

        [Benchmark(Description = "FromJson, no unknowns")]
        public Project FromJsonNoUnknowns() => Project.FromJson(_noUnknowns);

        [Benchmark(Description = "FromJson, no repeated strings")]
        public Project FromJsonUniqueStrings() => Project.FromJson(_uniqueStrings);

        [Benchmark(Description = "JsonDocument.WriteTo")]
        public int DocumentWriteTo()
        {
            _document.WriteTo(_output.Start());
            return _output.Finish();
        }

        [Benchmark(Description = "project.WriteTo")]
        public int WriteTo()
        {
            _project.WriteTo(_output.Start());
            return _output.Finish();
        }

        [Benchmark(Description = "project.ToUtf8Bytes")]
        public byte[] ToUtf8Bytes() => _project.ToUtf8Bytes();

        /// <summary>
        /// The floor for any method that returns the document as a new array: <c>WriteTo</c> into the
        /// reused buffer, then an array of the document's size (not zeroed) and one copy. What this
        /// costs above <c>WriteTo</c> is the runtime's price of a fresh array of that size.
        /// </summary>
        [Benchmark(Description = "floor: WriteTo + new array")]
        public byte[] WriteToNewArray()
        {
            _project.WriteTo(_output.Start());
            _output.Finish();
            ReadOnlySpan<byte> written = _output.Written;
            byte[] copy = GC.AllocateUninitializedArray<byte>(written.Length);
            written.CopyTo(copy);
            return copy;
        }
    }
}
