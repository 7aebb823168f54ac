using System;
using System.Globalization;
using System.Text.Json;
using AiStudios.Benchmarks.Harness;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// A check of the floor ratios that a busy machine cannot tilt: the two sides of each ratio
    /// run alternately in one process, 301 rounds of about a millisecond each (a batch of one side,
    /// then of the other, the order swapped every round), so a burst of load from elsewhere falls on both. Reports the
    /// median per call of each side and the ratio of the medians. Not BenchmarkDotNet (no
    /// warm-up analysis, no outlier handling): it complements the BenchmarkDotNet run on a shared
    /// machine, it does not replace it. <c>-- --alternating</c>.
    /// </summary>
    public static class AlternatingRatios
    {
        private const int Rounds = 301;

        public static void Run()
        {
            Console.WriteLine("| scenes | pair | median A | median B | B / A |");
            Console.WriteLine("| ---: | --- | ---: | ---: | ---: |");
            foreach (int scenes in new[] { 10, 50, 500 })
            {
                FloorDocuments documents = FloorDocuments.CreateChecked(scenes);
                Project project = Project.FromJson(documents.TypeFirst);
                using JsonDocument document = JsonDocument.Parse(documents.TypeFirst);
                var output = new JsonOutput();
                int batch = Math.Max(1, 100 / scenes); // about a millisecond per sample: bursts of load fall on both sides

                Pair(scenes, "type first (A) / type last (B)", batch, () => Project.FromJson(documents.TypeFirst), () => Project.FromJson(documents.TypeLast));
                Pair(scenes, "JsonDocument.Parse (A) / FromJson (B)", batch, () => JsonDocument.Parse(documents.TypeFirst).Dispose(), () => Project.FromJson(documents.TypeFirst));
                Pair(scenes, "bare walk (A) / FromJson (B)", batch, () => Walk(documents.TypeFirst), () => Project.FromJson(documents.TypeFirst));
                Pair(scenes, "JsonDocument.WriteTo (A) / WriteTo (B)", batch,
                    () => { document.WriteTo(output.Start()); output.Finish(); },
                    () => { project.WriteTo(output.Start()); output.Finish(); });
                Pair(scenes, "WriteTo (A) / ToUtf8Bytes (B)", batch,
                    () => { project.WriteTo(output.Start()); output.Finish(); },
                    () => project.ToUtf8Bytes());
            }
        }

        private static void Pair(int scenes, string name, int batch, Action a, Action b)
        {
            (double medianA, double medianB) = Alternation.Run(a, b, batch, Rounds, TimeSpan.FromMilliseconds(500));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:N1} μs | {3:N1} μs | {4:0.00}x |", scenes, name, medianA, medianB, medianB / medianA));
        }

        private static int Walk(byte[] json)
        {
            var reader = new Utf8JsonReader(json);
            int tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        }

    }
}
