using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Cli.Checking;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Rendering;
using AiStudios.Cli.Reports;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary>
    /// <c>aistudios render &lt;file&gt; [--wait] [--timeout 20m] [--output video.mp4] [--resolution 1080] [--webhook url]</c>:
    /// validates, creates the project (a billable render, sent once), and with --wait follows it to the download URL.
    /// </summary>
    internal static class RenderCommand
    {
        public static Command Create(CliConsole console)
        {
            var file = new Argument<string>("file") { Description = "The project JSON file." };
            var wait = new Option<bool>("--wait") { Description = "Wait for the render, showing progress, then print the download URL (implied by --output)." };
            var resolution = new Option<string?>("--resolution") { Description = "4k, 1080, 720 or 480 (sets the project's resolution).", HelpName = "resolution" };
            resolution.AcceptOnlyFromAmong("4k", "1080", "720", "480");
            var webhook = new Option<string?>("--webhook") { Description = "An http(s) URL the service calls as the render progresses (sets webhookUrl).", HelpName = "url" };
            var waiting = new WaitOptionSet();
            var connection = new ConnectionOptions();
            var command = new Command("render", "Validate a project file, create it on the service (this starts a billable render) and, with --wait, follow it to the video. Exit 0 done; 1 invalid project or API error; 3 authentication; 4 timed out or stalled; 5 render failed; 130 interrupted (the render goes on).")
            {
                file,
                wait,
                resolution,
                webhook,
            };
            waiting.AddTo(command);
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, () => RunAsync(
                console,
                result.GetValue(file)!,
                result.GetValue(wait),
                result.GetValue(resolution),
                result.GetValue(webhook),
                waiting.Read(result),
                connection.Read(result))));
            return command;
        }

        private static async Task<int> RunAsync(CliConsole console, string file, bool wait, string? resolution, string? webhook, WaitSettings waitSettings, ConnectionSettings connection)
        {
            ProjectFile checkedFile = ProjectFile.Check(Path.GetFullPath(file), file.Replace('\\', '/'));
            foreach (FileProblem problem in checkedFile.Problems)
            {
                console.Line(TextReport.Line(problem));
            }

            if (checkedFile.Project is not Project project || checkedFile.HasErrors)
            {
                console.Note("Not sent: the project has errors (nothing was created or billed).");
                return ExitCodes.Problems;
            }

            Apply(project, resolution, webhook);
            using var signal = new InterruptSignal();
            await using ClientSession session = await ClientSession.OpenAsync(connection, CancellationToken.None);
            console.Note("Sending to " + session.Target + " ...");

            // The create is never cancelled half-way: its outcome would be unknown and a billable render might exist unseen.
            RenderOperation operation = await session.Client.StartRenderAsync(project, CancellationToken.None);
            console.Line("Created project " + operation.ProjectId);
            if (signal.Interrupted)
            {
                return RenderWaiter.Interrupted(console, operation.ProjectId, signal);
            }

            if (!wait && waitSettings.OutputFile is null)
            {
                console.Note("Rendering. Follow it with: aistudios wait " + operation.ProjectId);
                return ExitCodes.Success;
            }

            return await RenderWaiter.WaitAsync(console, session, operation.ProjectId, waitSettings, signal);
        }

        private static void Apply(Project project, string? resolution, string? webhook)
        {
            // "$schema" is for editors (see `aistudios schema`), not part of the payload: it is not sent.
            project.AdditionalProperties.Remove("$schema");

            if (resolution is not null)
            {
                project.Resolution = ResolutionExtensions.TryParseWireValue(resolution, out Resolution parsed)
                    ? parsed
                    : throw new CliException(ExitCodes.Usage, $"--resolution '{resolution}' is not one of 4k, 1080, 720, 480.");
            }

            if (webhook is not null)
            {
                if (!Uri.TryCreate(webhook, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new CliException(ExitCodes.Usage, "--webhook must be an absolute http or https URL.");
                }

                project.WebhookUrl = uri.AbsoluteUri;
            }
        }
    }
}
