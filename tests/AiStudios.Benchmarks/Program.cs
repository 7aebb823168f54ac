using System;
using AiStudios.Benchmarks.Harness;
using BenchmarkDotNet.Running;

namespace AiStudios.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// Checks the three serializers agree, then hands the arguments to BenchmarkDotNet, e.g.
        /// <c>-- --filter '*'</c>. <c>--check</c> runs only the check (seconds, for CI or a quick look).
        /// </summary>
        public static int Main(string[] args)
        {
            EquivalenceCheck.Run();
            if (args.Length == 1 && args[0] == "--check")
            {
                Console.WriteLine("Equivalence check passed: the three serializers write equal JSON for the 50-scene payload.");
                return 0;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
