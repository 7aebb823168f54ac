using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiStudios.Benchmarks.Payload;
using BenchmarkDotNet.Reports;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// After a run of <see cref="FloorBenchmarks"/>, prints the ratios the issue sets targets for,
    /// each a ratio of two medians measured in the same run, as a Markdown table for
    /// docs/performance.md.
    /// </summary>
    public static class FloorRatios
    {
        public static void Print(IEnumerable<Summary> summaries)
        {
            Summary? summary = summaries.FirstOrDefault(s => s.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(FloorBenchmarks)));
            if (summary is null)
            {
                return;
            }

            var medians = new Dictionary<(int Scenes, string Method), (double Ns, long Bytes)>();
            foreach (BenchmarkReport report in summary.Reports)
            {
                if (report.ResultStatistics is null)
                {
                    continue;
                }

                int scenes = (int)report.BenchmarkCase.Parameters["Scenes"];
                long bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
                medians[(scenes, report.BenchmarkCase.Descriptor.WorkloadMethod.Name)] = (report.ResultStatistics.Median, bytes);
            }

            Console.WriteLine();
            Console.WriteLine("Distance to the floor (ratios of medians from this run):");
            Console.WriteLine();
            Console.WriteLine("| scenes | document | bare walk | FromJson | FromJson / walk | FromJson / JsonDocument.Parse | type last / type first | no unknowns / FromJson | no repeated strings / FromJson | WriteTo / JsonDocument.WriteTo | ToUtf8Bytes / WriteTo | (WriteTo + new array) / WriteTo | ToUtf8Bytes / (WriteTo + new array) | ToUtf8Bytes allocated / document |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (int scenes in medians.Keys.Select(k => k.Scenes).Distinct().OrderBy(s => s))
            {
                int size = BenchmarkPayload.Build(scenes).Length;
                double Get(string method) => medians.TryGetValue((scenes, method), out var m) ? m.Ns : double.NaN;
                long bytes = medians.TryGetValue((scenes, nameof(FloorBenchmarks.ToUtf8Bytes)), out var t) ? t.Bytes : -1;
                Console.WriteLine(string.Join(" | ", new[]
                {
                    "| " + scenes.ToString(CultureInfo.InvariantCulture),
                    size.ToString("N0", CultureInfo.InvariantCulture) + " B",
                    Time(Get(nameof(FloorBenchmarks.Walk))),
                    Time(Get(nameof(FloorBenchmarks.FromJson))),
                    Ratio(Get(nameof(FloorBenchmarks.FromJson)), Get(nameof(FloorBenchmarks.Walk))),
                    Ratio(Get(nameof(FloorBenchmarks.FromJson)), Get(nameof(FloorBenchmarks.DocumentParse))),
                    Ratio(Get(nameof(FloorBenchmarks.FromJsonTypeLast)), Get(nameof(FloorBenchmarks.FromJson))),
                    Ratio(Get(nameof(FloorBenchmarks.FromJsonNoUnknowns)), Get(nameof(FloorBenchmarks.FromJson))),
                    Ratio(Get(nameof(FloorBenchmarks.FromJsonUniqueStrings)), Get(nameof(FloorBenchmarks.FromJson))),
                    Ratio(Get(nameof(FloorBenchmarks.WriteTo)), Get(nameof(FloorBenchmarks.DocumentWriteTo))),
                    Ratio(Get(nameof(FloorBenchmarks.ToUtf8Bytes)), Get(nameof(FloorBenchmarks.WriteTo))),
                    Ratio(Get(nameof(FloorBenchmarks.WriteToNewArray)), Get(nameof(FloorBenchmarks.WriteTo))),
                    Ratio(Get(nameof(FloorBenchmarks.ToUtf8Bytes)), Get(nameof(FloorBenchmarks.WriteToNewArray))),
                    bytes < 0 ? "n/a" : Ratio(bytes, size) + " |",
                }));
            }
        }

        private static string Time(double ns) =>
            double.IsNaN(ns) ? "n/a" : (ns / 1000).ToString("N1", CultureInfo.InvariantCulture) + " μs";

        private static string Ratio(double value, double of) =>
            double.IsNaN(value) || double.IsNaN(of) || of <= 0 ? "n/a" : (value / of).ToString("0.00", CultureInfo.InvariantCulture) + "x";
    }
}
