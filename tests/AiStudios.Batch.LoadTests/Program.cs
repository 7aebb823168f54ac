using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.LoadTests;
using AiStudios.Testing;

// Bounded on purpose: a fixed number of rows, to 127.0.0.1 only, and a hard time limit; every process it starts is ended.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int rows = Arg(args, "--rows", 10_000);
int concurrency = Arg(args, "--concurrency", 100);
int seed = Arg(args, "--seed", Environment.TickCount & 0xFFFF);
int overheadRows = Arg(args, "--overhead-rows", 1_000);
int createLatency = Arg(args, "--create-latency-ms", 0);
int kills = Arg(args, "--kills", 3);
using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(40));

Console.WriteLine($"Batch load run: {rows:N0} rows, {concurrency} renders in flight, kill seed {seed}; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("## Ledger cost per item (in-process emulator, the same batch with each ledger, alternating)");
if (overheadRows > 0)
{
    await LedgerOverhead.RunAsync(overheadRows, limit.Token);
}

Console.WriteLine();
Console.WriteLine($"## {rows:N0} rows, {kills} SIGKILL(s)" + (createLatency > 0 ? $", every create answered after {createLatency} ms" : ""));
await CrashRun.RunAsync(rows, concurrency, seed, createLatency, kills, limit.Token);

static int Arg(string[] args, string name, int fallback)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
