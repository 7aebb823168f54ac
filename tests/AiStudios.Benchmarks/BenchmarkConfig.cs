using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace AiStudios.Benchmarks
{
    /// <summary>
    /// Tuned for a shared 2-core machine where other builds may run: BenchmarkDotNet's default
    /// job (it picks the iteration count until the error is small), with at least 20 measured
    /// iterations so the median has something to stand on, and the median shown beside the mean
    /// because the median is what docs/performance.md quotes.
    /// </summary>
    public sealed class BenchmarkConfig : ManualConfig
    {
        public BenchmarkConfig()
        {
            AddJob(Job.Default.WithMinIterationCount(20).WithMaxIterationCount(100));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median);
            WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
