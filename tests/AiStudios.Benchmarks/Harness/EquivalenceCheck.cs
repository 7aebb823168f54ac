using System;
using System.Text.Json;
using AiStudios.Benchmarks.Payload;
using AiStudios.Benchmarks.Plain;

namespace AiStudios.Benchmarks.Harness
{
    /// <summary>
    /// Proves the comparison is fair before anything is timed: each of the three serializers reads
    /// the payload and writes it back as JSON equal to the payload (so equal to each other), and
    /// none of them parked a known property in its unknown-property bag. Round-trip equality
    /// alone would not catch a misspelt plain property: extension data would carry it through.
    /// </summary>
    public static class EquivalenceCheck
    {
        public static void Run()
        {
            byte[] payload = BenchmarkPayload.Utf8;

            Project generated = Project.FromJson(payload);
            PlainProject sourceGen = JsonSerializer.Deserialize(payload, PlainJsonContext.Default.PlainProject)
                ?? throw Fail("the source-generated reader returned null");
            PlainProject reflection = JsonSerializer.Deserialize<PlainProject>(payload, PlainReflection.Options)
                ?? throw Fail("the reflection reader returned null");

            byte[] generatedJson = JsonOutput.Capture(generated.WriteTo);
            byte[] sourceGenJson = JsonOutput.Capture(w => JsonSerializer.Serialize(w, sourceGen, PlainJsonContext.Default.PlainProject));
            byte[] reflectionJson = JsonOutput.Capture(w => JsonSerializer.Serialize(w, reflection, PlainReflection.Options));

            SameJson("payload", payload, "generated", generatedJson);
            SameJson("payload", payload, "STJ source-generated", sourceGenJson);
            SameJson("payload", payload, "STJ reflection", reflectionJson);
            SameJson("generated", generatedJson, "STJ source-generated", sourceGenJson);
            SameJson("generated", generatedJson, "STJ reflection", reflectionJson);

            // One unknown property per scene ("transition") and nothing else, on every side.
            Expect("generated", UnknownProperties.Count(generated));
            Expect("STJ source-generated", UnknownProperties.Count(sourceGen));
            Expect("STJ reflection", UnknownProperties.Count(reflection));
            if (generated.Scenes.Count != BenchmarkPayload.SceneCount)
            {
                throw Fail($"expected {BenchmarkPayload.SceneCount} scenes, read {generated.Scenes.Count}");
            }
        }

        private static void SameJson(string expectedName, byte[] expected, string actualName, byte[] actual)
        {
            using JsonDocument e = JsonDocument.Parse(expected);
            using JsonDocument a = JsonDocument.Parse(actual);

            // DeepEquals: objects in any property order, numbers by value (1 equals 1.0).
            if (!JsonElement.DeepEquals(e.RootElement, a.RootElement))
            {
                throw Fail($"{actualName} JSON differs from {expectedName} JSON");
            }
        }

        private static void Expect(string side, int unknownCount)
        {
            if (unknownCount != BenchmarkPayload.SceneCount)
            {
                throw Fail($"{side} kept {unknownCount} unknown properties; the payload has exactly {BenchmarkPayload.SceneCount} (one per scene)");
            }
        }

        private static InvalidOperationException Fail(string why) =>
            new InvalidOperationException("Benchmark equivalence check failed: " + why + ". The comparison would not be fair; fix the plain classes or the payload.");
    }
}
