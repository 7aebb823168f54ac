using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Hosting;

/// <summary>
/// Runs the emulator from the command line until Ctrl+C or SIGTERM. Configuration, later sources winning:
/// <c>appsettings.json</c> beside the executable, environment variables (<c>Emulator__Port=5081</c>), then arguments
/// (<c>--port 0</c>, <c>--render-duration 2s</c>, <c>--token-lifetime 1h</c>, or any <c>--Emulator:Key=value</c>).
/// </summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--port"] = "Emulator:Port",
        ["--render-duration"] = "Emulator:RenderDuration",
        ["--token-lifetime"] = "Emulator:TokenLifetime",
        ["--progress-step"] = "Emulator:ProgressStep",
        ["--queue-delay"] = "Emulator:QueueDelay",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?" or "/?"))
        {
            Console.WriteLine(Usage);
            return 0;
        }

        EmulatorOptions options;
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(args, SwitchMappings)
                .Build();
            options = EmulatorOptions.FromConfiguration(configuration);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}\n\n{Usage}");
            return 2;
        }

        options.ConfigureLogging = logging => logging
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            })
            .AddFilter("Microsoft", LogLevel.Warning);

        EmulatorServer server;
        try
        {
            server = await EmulatorServer.StartAsync(options);
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }

        await using (server)
        {
            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.TrySetResult();
            };
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.TrySetResult();
            });

            Console.WriteLine($"AI Studios emulator listening on {server.BaseAddress.ToString().TrimEnd('/')}");
            // App ids only: user keys are secrets even here (the defaults are in the README).
            Console.WriteLine($"Accepted app ids: {string.Join(", ", server.Options.Credentials.Select(c => c.AppId))}. Press Ctrl+C to stop.");
            await stop.Task;
            Console.WriteLine("Stopping.");
        }

        return 0;
    }

    private const string Usage = """
        AI Studios V3 emulator: a local stand-in for https://app.aistudios.com/api/odin/v3 on 127.0.0.1.

        usage: dotnet run --project src/AiStudios.Emulator -- [--port N] [--render-duration 5s]
                          [--token-lifetime 24h] [--progress-step 5] [--queue-delay 0s]
                          [--Emulator:Key=value ...]

          --port N              port on 127.0.0.1 (default 5080; 0 picks a free one)
          --render-duration D   how long a render takes (500ms, 5s, 2m, or 00:00:05)
          --token-lifetime D    token lifetime (default 24h)
          --progress-step P     progress granularity in percent (default 5; 0 = continuous)
          --queue-delay D       how long each render waits in the queue at progress 0 (default 0)

        Any option can also come from Emulator__Key environment variables or appsettings.json; see README.md.
        """;
}
