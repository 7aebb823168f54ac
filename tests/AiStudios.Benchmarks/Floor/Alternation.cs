using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// Times two steps alternately in one process: after a warm-up, rounds of a batch of one and a
    /// batch of the other, the order swapped every round, so a burst of load from elsewhere falls
    /// on both. The medians per call of each side. Shared by <see cref="AlternatingRatios"/> (two
    /// paths of one build) and <see cref="BuildComparison"/> (one path of two builds).
    /// </summary>
    public static class Alternation
    {
        public static (double MedianA, double MedianB) Run(Action a, Action b, int batch, int rounds, TimeSpan warmUp)
        {
            // Long enough for the JIT to have tiered both sides up.
            var warming = Stopwatch.StartNew();
            while (warming.Elapsed < warmUp)
            {
                a();
                b();
            }

            var timesA = new List<double>(rounds);
            var timesB = new List<double>(rounds);
            var watch = new Stopwatch();
            for (int round = 0; round < rounds; round++)
            {
                // A then B, then B then A: neither side always runs second.
                if (round % 2 == 0)
                {
                    timesA.Add(TimePerCall(a, batch, watch));
                    timesB.Add(TimePerCall(b, batch, watch));
                }
                else
                {
                    timesB.Add(TimePerCall(b, batch, watch));
                    timesA.Add(TimePerCall(a, batch, watch));
                }
            }

            return (Median(timesA), Median(timesB));
        }

        /// <summary>Microseconds per call of <paramref name="step"/> over one batch.</summary>
        public static double TimePerCall(Action step, int batch, Stopwatch watch)
        {
            watch.Restart();
            for (int i = 0; i < batch; i++)
            {
                step();
            }

            return watch.Elapsed.TotalMilliseconds * 1000 / batch;
        }

        /// <summary>The median (the upper one of an even count); sorts <paramref name="values"/>.</summary>
        public static double Median(List<double> values)
        {
            values.Sort();
            return values.Count == 0 ? double.NaN : values[values.Count / 2];
        }
    }
}
