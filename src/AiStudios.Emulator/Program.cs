// The command-line entry point: `dotnet run --project src/AiStudios.Emulator -- --port 0`.
// Everything else is in EmulatorServer, which tests and samples start in-process.
return await AiStudios.Emulator.Hosting.CommandLine.RunAsync(args);
