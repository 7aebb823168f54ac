using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Testing;

namespace AiStudios.Tests.Cli.Infrastructure
{
    /// <summary>What a run of the tool did.</summary>
    public sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }

    /// <summary>
    /// Runs the built tool, <c>dotnet src/AiStudios.Cli/bin/{Configuration}/net10.0/AiStudios.Cli.dll</c>, as a
    /// real process with redirected output (so it writes plain lines), in a sandbox: its own HOME (no
    /// user secrets or config file of this machine) and no AISTUDIOS_* variables unless a test sets them.
    /// </summary>
    public sealed class CliProcess
    {
        private static readonly Lazy<string> LazyDll = new Lazy<string>(() =>
        {
            string configuration = typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CliConfiguration").Value!;
            string dll = RepoPaths.InRepo(Path.Combine("src", "AiStudios.Cli", "bin", configuration, "net10.0", "AiStudios.Cli.dll"));
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"The tool is not built at {dll}: build the solution (the test project references it).");
        });

        private readonly Process _process;
        private readonly StringBuilder _output = new StringBuilder();
        private readonly StringBuilder _error = new StringBuilder();
        private readonly object _gate = new object();

        private CliProcess(Process process)
        {
            _process = process;
        }

        public static string Dll => LazyDll.Value;

        public int Id => _process.Id;

        public string OutputSoFar
        {
            get
            {
                lock (_gate)
                {
                    return _output.ToString();
                }
            }
        }

        public static async Task<CliResult> RunInAsync(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
        {
            CliProcess process = Start(workingDirectory, environment, arguments);
            return await process.WaitAsync(TimeSpan.FromSeconds(90));
        }

        public static Task<CliResult> RunAsync(params string[] arguments) => RunInAsync(RepoPaths.Root, null, arguments);

        public static CliProcess Start(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add(Dll);
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("AISTUDIOS", StringComparison.OrdinalIgnoreCase) || k.StartsWith("AiStudios__", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["HOME"] = Sandbox.Home;
            start.Environment["XDG_CONFIG_HOME"] = Path.Combine(Sandbox.Home, ".config");
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            if (environment is not null)
            {
                foreach (KeyValuePair<string, string> pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            var process = new Process { StartInfo = start };
            var cli = new CliProcess(process);
            process.OutputDataReceived += (_, e) => cli.Append(cli._output, e.Data);
            process.ErrorDataReceived += (_, e) => cli.Append(cli._error, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();
            return cli;
        }

        /// <summary>Waits until standard output has a line containing <paramref name="text"/>.</summary>
        public async Task WaitForOutputAsync(string text, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!OutputSoFar.Contains(text, StringComparison.Ordinal))
            {
                if (_process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"'{text}' never appeared.\n{await WaitAsync(TimeSpan.FromSeconds(5))}");
                }

                await Task.Delay(50);
            }
        }

        /// <summary>Sends a POSIX signal (kill -INT, -TERM) to the tool.</summary>
        public void Signal(string signal)
        {
            using Process kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
            kill.WaitForExit();
        }

        public async Task<CliResult> WaitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"aistudios did not exit within {timeout}.\n{OutputSoFar}");
            }

            _process.WaitForExit();
            lock (_gate)
            {
                return new CliResult(_process.ExitCode, _output.ToString(), _error.ToString());
            }
        }

        private void Append(StringBuilder target, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_gate)
            {
                target.Append(line).Append('\n');
            }
        }
    }

    /// <summary>An empty HOME for the tool: no user secrets, no ~/.config/aistudios/config.json of this machine.</summary>
    public static class Sandbox
    {
        private static readonly Lazy<string> LazyHome = new Lazy<string>(() =>
        {
            string home = Path.Combine(Path.GetTempPath(), "aistudios-cli-tests-" + Environment.ProcessId);
            Directory.CreateDirectory(home);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Directory.Delete(home, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the system's temp cleaning; the next run uses another folder.
                }
            };
            return home;
        });

        public static string Home => LazyHome.Value;

        public static string NewFolder(string name)
        {
            string folder = Path.Combine(Home, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
