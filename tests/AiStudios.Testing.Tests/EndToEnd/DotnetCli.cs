using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace AiStudios.Testing.Tests.EndToEnd
{
    /// <summary>
    /// Runs the dotnet CLI in a folder with a clean environment: no build-server marker and no
    /// AISTUDIOS_ACCEPT unless a step sets one (the suite itself runs under CI=true), nothing of
    /// the test host's MSBuild/VSTest settings, and no build servers left running afterwards.
    /// </summary>
    internal static class DotnetCli
    {
        public static async Task<(int ExitCode, string Output)> RunAsync(string folder, string arguments, TimeSpan timeout, params (string Name, string Value)[] variables)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", arguments)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var remove = new List<string>();
            foreach (string name in start.Environment.Keys)
            {
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                    || name.Equals(SnapshotEnvironment.AcceptVariable, StringComparison.OrdinalIgnoreCase))
                {
                    remove.Add(name);
                }
            }

            foreach (string name in SnapshotEnvironment.ContinuousIntegrationVariableNames)
            {
                remove.Add(name);
            }

            foreach (string name in remove)
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
            start.Environment["UseSharedCompilation"] = "false";
            foreach (var (name, value) in variables)
            {
                start.Environment[name] = value;
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await process.WaitForExitAsync().WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {arguments} did not finish within {timeout}:\n{output}");
            }

            process.WaitForExit();   // drains the output events
            lock (output)
            {
                return (process.ExitCode, output.ToString());
            }
        }
    }
}
