using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Rendering;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary><c>aistudios wait &lt;projectId&gt;</c>: follows a render started anywhere (or resumes one interrupted).</summary>
    internal static class WaitCommand
    {
        public static Command Create(CliConsole console)
        {
            var projectId = new Argument<string>("projectId") { Description = "The project whose render to wait for." };
            var waiting = new WaitOptionSet();
            var connection = new ConnectionOptions();
            var command = new Command("wait", "Wait for a project's render, showing progress, then print the download URL. Exit codes as for render.")
            {
                projectId,
            };
            waiting.AddTo(command);
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, async () =>
            {
                WaitSettings settings = waiting.Read(result);
                using var signal = new InterruptSignal();
                await using ClientSession session = await ClientSession.OpenAsync(connection.Read(result), CancellationToken.None);
                return await RenderWaiter.WaitAsync(console, session, result.GetValue(projectId)!, settings, signal);
            }));
            return command;
        }
    }
}
