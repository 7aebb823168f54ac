using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// A fixed, shorter job than <see cref="BenchmarkConfig"/> (3 warm-up and 15 measured
    /// iterations, one launch): 36 cases per run, and the before/after comparison needs two runs
    /// back to back on a shared machine, so each run must be short enough to sit in one quiet spell.
    /// </summary>
    public sealed class FloorConfig : ManualConfig
    {
        public FloorConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithId("Floor15"));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median);
            WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
