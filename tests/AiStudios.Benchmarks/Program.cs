using System;
using AiStudios.Benchmarks.Floor;
using AiStudios.Benchmarks.Harness;
using BenchmarkDotNet.Running;

namespace AiStudios.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// Checks the three serializers agree and the floor benchmarks' paths agree, then hands the
        /// arguments to BenchmarkDotNet, e.g. <c>-- --filter '*'</c>. <c>--check</c> runs only the
        /// checks (seconds, for CI or a quick look); <c>--alternating</c> times the floor ratios' two sides alternately in this process (see <see cref="AlternatingRatios"/>);
        /// <c>--profile</c> loops one path for a profiler (see <see cref="ProfileLoop"/>); <c>--compare</c> times two builds of the SDK alternately (see <see cref="BuildComparison"/>).
        /// </summary>
        public static int Main(string[] args)
        {
            EquivalenceCheck.Run();
            if (args.Length == 1 && args[0] == "--check")
            {
                foreach (int scenes in new[] { 1, 10, 50, 500 })
                {
                    FloorDocuments.CreateChecked(scenes);
                }

                Console.WriteLine("Equivalence check passed: the three serializers write equal JSON for the 50-scene payload.");
                Console.WriteLine("Floor check passed: WriteTo, ToUtf8Bytes and JsonDocument.WriteTo agree, type-first and type-last documents read equal projects, and the no-unknowns and no-repeated-strings variants read whole, at 1, 10, 50 and 500 scenes.");
                return 0;
            }

            if (args.Length == 1 && args[0] == "--alternating")
            {
                AlternatingRatios.Run();
                return 0;
            }

            if (args.Length == 6 && args[0] == "--compare")
            {
                return BuildComparison.Run(args[1], args[2], args[3], args[4], args[5]);
            }

            if (args.Length == 4 && args[0] == "--profile")
            {
                return ProfileLoop.Run(args[1], args[2], args[3]);
            }

            FloorRatios.Print(BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args));
            return 0;
        }
    }
}
