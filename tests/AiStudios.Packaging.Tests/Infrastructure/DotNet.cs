using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace AiStudios.Packaging.Tests.Infrastructure
{
    /// <summary>The output of one <c>dotnet</c> command.</summary>
    public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
    {
        public override string ToString() => $"> dotnet {CommandLine}\n(exit {ExitCode} after {Elapsed.TotalSeconds:F1} s)\n{Output}";
    }

    /// <summary>
    /// Runs the <c>dotnet</c> CLI as a user would, in a given folder. The MSBuild variables of the
    /// test host's own build are removed, so a child build sees only its own project files, and no
    /// MSBuild node outlives the command (-nodeReuse:false is passed by callers that build).
    /// </summary>
    public static class DotNet
    {
        public static Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
            RunAsync(workingDirectory, timeout, new Dictionary<string, string?>(), arguments);

        /// <summary>As above, with environment variables set (a null value removes the variable).</summary>
        public static async Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                string name = (string)variable.Key;
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.Equals("VSTEST_HOST_DEBUG", StringComparison.Ordinal))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            foreach (KeyValuePair<string, string?> variable in environment)
            {
                if (variable.Value is null)
                {
                    start.Environment.Remove(variable.Key);
                }
                else
                {
                    start.Environment[variable.Key] = variable.Value;
                }
            }

            var output = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            Task exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(timeout)) != exited)
            {
                process.Kill(entireProcessTree: true);
                await exited;
                throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {timeout.TotalMinutes} min:\n{output}");
            }

            process.WaitForExit();   // drains the output events
            return new CommandResult(string.Join(' ', arguments), process.ExitCode, output.ToString(), watch.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
