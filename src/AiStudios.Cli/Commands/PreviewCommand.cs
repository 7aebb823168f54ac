using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Cli.Checking;
using AiStudios.Cli.Reports;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary><c>aistudios preview &lt;file&gt; [-o dir] [--open] [--safe-areas]</c>: the storyboard, before a paid render.</summary>
    internal static class PreviewCommand
    {
        public static Command Create(CliConsole console)
        {
            var file = new Argument<string>("file") { Description = "The project JSON file." };
            var output = new Option<string?>("--output", "-o")
            {
                Description = "The folder to write scene-01.svg, ... and index.html to. Default: <file name>.storyboard beside the file.",
                HelpName = "dir",
            };
            var open = new Option<bool>("--open") { Description = "Open index.html in the default browser afterwards." };
            var safeAreas = new Option<bool>("--safe-areas") { Description = "Draw the action-safe (93 %) and title-safe (90 %) areas." };
            var command = new Command("preview", "Draw the project as a storyboard: one SVG per scene (clips at their drawn boxes, what lies off the canvas hatched with its AIS id) and an HTML page with each scene's speech.")
            {
                file,
                output,
                open,
                safeAreas,
            };
            command.SetAction(result => CommandRunner.RunAsync(console, () =>
                Task.FromResult(Run(console, result.GetValue(file)!, result.GetValue(output), result.GetValue(open), result.GetValue(safeAreas)))));
            return command;
        }

        private static int Run(CliConsole console, string file, string? output, bool open, bool safeAreas)
        {
            ProjectFile checkedFile = ProjectFile.Check(Path.GetFullPath(file), file.Replace('\\', '/'));
            if (checkedFile.Project is not Project project)
            {
                foreach (FileProblem problem in checkedFile.Problems)
                {
                    console.Line(TextReport.Line(problem));
                }

                return ExitCodes.Problems;
            }

            string folder = output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", Path.GetFileNameWithoutExtension(file) + ".storyboard");
            Storyboard storyboard = project.ToStoryboard(new StoryboardOptions { ShowSafeAreas = safeAreas });
            string[] written;
            try
            {
                written = storyboard.WriteTo(folder).ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new CliException(ExitCodes.Usage, $"{folder}: the storyboard cannot be written ({e.Message})");
            }

            string page = written[written.Length - 1];
            console.Line($"Wrote {storyboard.Scenes.Count} scene(s) to {Path.GetDirectoryName(page)}: {string.Join(", ", written.Select(Path.GetFileName))}");
            console.Line("Open " + page);
            int problems = storyboard.Validation.Count;
            if (problems > 0)
            {
                console.Note($"{problems} problem(s) in the project, marked in the storyboard and listed on the page; 'aistudios validate {file}' prints them with lines.");
            }

            if (open)
            {
                OpenInBrowser(console, page);
            }

            return ExitCodes.Success;
        }

        private static void OpenInBrowser(CliConsole console, string page)
        {
            try
            {
                using Process? process = Process.Start(new ProcessStartInfo(page) { UseShellExecute = true });
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
            {
                console.Note("Could not open a browser (" + e.Message + "); open the page above yourself.");
            }
        }
    }
}
