using System;
using System.Text.Json;
using AiStudios.Benchmarks.Harness;
using AiStudios.Benchmarks.Payload;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// The documents of one size and the proof, before anything is timed, that every path the
    /// floor benchmarks compare does the same work: the three writers produce equal JSON
    /// (<c>WriteTo</c> and <c>ToUtf8Bytes</c> byte for byte, <c>JsonDocument.WriteTo</c> equal as
    /// JSON) and the type-first and type-last documents read into equal projects.
    /// </summary>
    public sealed class FloorDocuments
    {
        private FloorDocuments(int scenes)
        {
            Scenes = scenes;
            TypeFirst = BenchmarkPayload.Build(scenes);
            TypeLast = PayloadVariants.TypeLast(TypeFirst);
            NoUnknowns = PayloadVariants.WithoutUnknowns(TypeFirst);
            UniqueStrings = PayloadVariants.UniqueStrings(TypeFirst);
        }

        public int Scenes { get; }

        /// <summary>The serialization benchmarks' document at this size: every clip's <c>type</c> first, one unknown property per scene.</summary>
        public byte[] TypeFirst { get; }

        public byte[] TypeLast { get; }

        public byte[] NoUnknowns { get; }

        /// <summary>The document with no string value repeated (enumerations aside).</summary>
        public byte[] UniqueStrings { get; }

        /// <summary>Builds the documents of <paramref name="scenes"/> scenes and checks them; throws when any path disagrees.</summary>
        public static FloorDocuments CreateChecked(int scenes)
        {
            var documents = new FloorDocuments(scenes);
            documents.Check();
            return documents;
        }

        private void Check()
        {
            Project first = Project.FromJson(TypeFirst);
            Project last = Project.FromJson(TypeLast);
            Project plain = Project.FromJson(NoUnknowns);
            Project unique = Project.FromJson(UniqueStrings);

            byte[] written = JsonOutput.Capture(first.WriteTo);
            byte[] bytes = first.ToUtf8Bytes();
            using JsonDocument document = JsonDocument.Parse(TypeFirst);
            byte[] documentWritten = JsonOutput.Capture(document.WriteTo);

            Same("WriteTo", written, "ToUtf8Bytes", bytes);
            Equal("the document", TypeFirst, "WriteTo", written);
            Equal("the document", TypeFirst, "JsonDocument.WriteTo", documentWritten);
            Equal("the type-last document", TypeLast, "WriteTo of its project", last.ToUtf8Bytes());

            // The writer puts "type" where the schema does, so equal projects write equal bytes.
            Same("the type-first project", bytes, "the type-last project", last.ToUtf8Bytes());
            Equal("the no-unknowns document", NoUnknowns, "WriteTo of its project", plain.ToUtf8Bytes());
            Expect("type-first", UnknownProperties.Count(first), Scenes);
            Expect("type-last", UnknownProperties.Count(last), Scenes);
            Expect("no-unknowns", UnknownProperties.Count(plain), 0);

            // Every changed string is still read into its typed property: nothing fell back to raw.
            Equal("the unique-strings document", UniqueStrings, "WriteTo of its project", unique.ToUtf8Bytes());
            Expect("unique-strings", UnknownProperties.Count(unique), Scenes);
        }

        private void Same(string expectedName, byte[] expected, string actualName, byte[] actual)
        {
            if (!expected.AsSpan().SequenceEqual(actual))
            {
                throw Fail($"{actualName} ({actual.Length} B) is not byte for byte {expectedName} ({expected.Length} B)");
            }
        }

        private void Equal(string expectedName, byte[] expected, string actualName, byte[] actual)
        {
            using JsonDocument e = JsonDocument.Parse(expected);
            using JsonDocument a = JsonDocument.Parse(actual);
            if (!JsonElement.DeepEquals(e.RootElement, a.RootElement))
            {
                throw Fail($"{actualName} differs from {expectedName} as JSON");
            }
        }

        private void Expect(string variant, int actual, int expected)
        {
            if (actual != expected)
            {
                throw Fail($"the {variant} project of {Scenes} scenes kept {actual} unknown properties, not {expected}");
            }
        }

        private Exception Fail(string why) =>
            new InvalidOperationException($"Floor benchmark check failed at {Scenes} scenes: {why}. The timings would not compare like with like.");
    }
}
