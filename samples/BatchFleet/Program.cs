// The batch on a fleet of Orleans silos. Two modes:
//
//   BatchFleet silo   [--AiStudios:Fleet:Key=Value ...]      one silo (run several; each with its own ports)
//   BatchFleet submit <template.json> <data.csv> --batch <id> [--key column] [--map tag=column ...] [--script n=column ...]
//
// Settings come from appsettings.json, then environment variables (AiStudios__Fleet__Redis=...), then arguments.
using System;
using System.Linq;
using BatchFleet;

return args.FirstOrDefault() switch
{
    "silo" => await SiloMode.RunAsync(args[1..]),
    "submit" => await SubmitMode.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: BatchFleet silo [--AiStudios:Fleet:Key=Value ...]");
    Console.Error.WriteLine("       BatchFleet submit <template.json> <data.csv> --batch <id> [--key column] [--map tag=column ...] [--script n=column ...]");
    Console.Error.WriteLine("See samples/BatchFleet/README.md.");
    return 2;
}
