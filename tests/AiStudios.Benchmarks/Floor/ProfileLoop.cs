using System;
using System.Diagnostics;
using System.Globalization;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// Runs one floor path in a loop for a while, for a sampling profiler to watch (no timing of
    /// its own: BenchmarkDotNet measures). <c>-- --profile read|write|bytes SCENES SECONDS|CALLSx</c>, e.g.
    /// <c>DOTNET_PerfMapEnabled=1 perf record -g dotnet bin/Release/net10.0/AiStudios.Benchmarks.dll --profile read 50 20</c>.
    /// </summary>
    public static class ProfileLoop
    {
        public static int Run(string path, string scenesText, string secondsText)
        {
            int scenes = int.Parse(scenesText, CultureInfo.InvariantCulture);
            // "20" runs for 20 s; "2000x" makes exactly 2,000 calls after the warm-up (for perf stat).
            bool counted = secondsText.EndsWith("x", StringComparison.Ordinal);
            double seconds = counted ? double.MaxValue : double.Parse(secondsText, CultureInfo.InvariantCulture);
            long target = counted ? long.Parse(secondsText.TrimEnd('x'), CultureInfo.InvariantCulture) : long.MaxValue;
            FloorDocuments documents = FloorDocuments.CreateChecked(scenes);
            Project project = Project.FromJson(documents.TypeFirst);
            var output = new Harness.JsonOutput();
            Action step = path switch
            {
                "read" => () => Project.FromJson(documents.TypeFirst),
                "write" => () => { project.WriteTo(output.Start()); output.Finish(); },
                "bytes" => () => project.ToUtf8Bytes(),
                _ => throw new ArgumentException("The path to profile is read, write or bytes, not " + path + "."),
            };

            // Besides the profiler's view, a robust figure of its own: the median of batches of about
            // 20 ms (collections included), after a second of warm-up (tiering): bursts of load do not move it.
            var watch = Stopwatch.StartNew();
            long calls = 0;
            while (watch.Elapsed.TotalSeconds < 1)
            {
                step();
                calls++;
            }

            int batch = (int)Math.Max(1, calls / 50);
            var samples = new System.Collections.Generic.List<double>();
            var sample = new Stopwatch();
            long measured = 0;
            while (watch.Elapsed.TotalSeconds < seconds && measured < target)
            {
                measured += batch;
                samples.Add(Alternation.TimePerCall(step, batch, sample));
                calls += batch;
            }

            double median = Alternation.Median(samples);
            Console.WriteLine($"{path} at {scenes} scenes: median {median:F1} µs per call ({samples.Count} batches of {batch}); {calls} calls; gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}.");
            return 0;
        }
    }
}
