using System;
using System.CommandLine;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Terminal;
using AiStudios.Emulator;

namespace AiStudios.Cli.Commands
{
    /// <summary><c>aistudios emulator [--port 5080] [--render-duration 5s]</c>: the local emulator of the service, until Ctrl+C.</summary>
    internal static class EmulatorCommand
    {
        public static Command Create(CliConsole console)
        {
            var port = new Option<int>("--port") { Description = "The port on 127.0.0.1; 0 picks a free one.", DefaultValueFactory = _ => EmulatorOptions.DefaultPort };
            var duration = new Option<string?>("--render-duration") { Description = "How long a render takes, 0 to 100 %: 5s (default), 2m.", HelpName = "duration" };
            var command = new Command("emulator", "Run a local emulator of the AI Studios API on 127.0.0.1 until Ctrl+C, for trying the tool and testing clients offline (src/AiStudios.Emulator/README.md).") { port, duration };
            command.SetAction(result => CommandRunner.RunAsync(console, async () =>
            {
                int portValue = result.GetValue(port);
                if (portValue is < 0 or > 65535)
                {
                    throw new CliException(ExitCodes.Usage, "--port must be 0 to 65535.");
                }

                var options = new EmulatorOptions { Port = portValue };
                if (result.GetValue(duration) is string text)
                {
                    options.RenderDuration = ServiceErrors.TryParseDuration(text, out TimeSpan value)
                        ? value
                        : throw new CliException(ExitCodes.Usage, "--render-duration is not a duration: write 5s, 2m or hh:mm:ss.");
                }

                EmulatorServer server;
                try
                {
                    server = await EmulatorServer.StartAsync(options);
                }
                catch (Exception e) when (e is System.IO.IOException or ArgumentException or InvalidOperationException)
                {
                    throw new CliException(ExitCodes.Problems, "the emulator could not start: " + e.Message);
                }

                await using (server)
                {
                    var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
                    using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
                    console.Line("AI Studios emulator listening on " + server.BaseAddress);
                    console.Line($"Try: aistudios render project.json --wait --base-url {server.BaseAddress} (with {Credentials.AppIdVariable}={server.Credential.AppId} and the emulator's public test key in {Credentials.UserKeyVariable}, see its README). Ctrl+C stops it.");
                    await stop.Task;
                }

                console.Note("Emulator stopped.");
                return ExitCodes.Success;
            }));
            return command;
        }
    }
}
