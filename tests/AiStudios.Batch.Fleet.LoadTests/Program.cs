using System;
using System.Globalization;
using System.Threading;
using AiStudios.Batch.Fleet.LoadTests;

// Bounded on purpose: a fixed number of rows, 127.0.0.1 only, a hard time limit; every process it starts is ended.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var run = new FleetRunSettings
{
    Rows = Arg(args, "--rows", 10_000),
    Concurrency = Arg(args, "--concurrency", 100),
    Silos = Arg(args, "--silos", 3),
    Kill = Arg(args, "--kill", 1) != 0,
    Seed = Arg(args, "--seed", Environment.TickCount & 0xFFFF),
};
using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(40));
Console.WriteLine($"Fleet load run: {run.Rows:N0} rows, {run.Silos} silos, {run.Concurrency} renders in flight, {(run.Kill ? "one silo SIGKILLed" : "no kill")}, seed {run.Seed}; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
await FleetRun.RunAsync(run, limit.Token);

static int Arg(string[] args, string name, int fallback)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
