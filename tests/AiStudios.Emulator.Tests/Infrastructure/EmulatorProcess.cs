using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace AiStudios.Emulator.Tests.Infrastructure;

/// <summary>
/// The emulator started from the command line (<c>dotnet AiStudios.Emulator.dll --port 0</c>), as a person runs it:
/// its own process, so its memory can be measured apart from the test's.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private EmulatorProcess(Process process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
    }

    public Process Process { get; }

    /// <summary>The API base, ending with <c>/api/odin/v3/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the emulator and waits for its first line (the address it listens on).</summary>
    /// <param name="arguments">Extra command-line arguments.</param>
    /// <param name="environment">Extra environment variables (e.g. a GC heap limit as a safety net).</param>
    public static async Task<EmulatorProcess> StartAsync(IEnumerable<string>? arguments = null, IDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AiStudios.Emulator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { dll, "--port", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var match = Regex.Match(firstLine ?? "", @"^AI Studios emulator listening on (http://127\.0\.0\.1:\d+/api/odin/v3)$");
            Assert.True(match.Success, $"unexpected first line: {firstLine}; stderr: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "")}");

            // Keep reading both streams so the child never blocks on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return new EmulatorProcess(process, new Uri(match.Groups[1].Value + "/"));
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>The resident set size now, in bytes.</summary>
    public long ResidentBytes
    {
        get
        {
            Process.Refresh();
            return Process.WorkingSet64;
        }
    }

    /// <summary>The largest resident set size so far (Linux: <c>VmHWM</c>), in bytes.</summary>
    public long PeakResidentBytes
    {
        get
        {
            Process.Refresh();
            return Process.PeakWorkingSet64;
        }
    }

    /// <summary>Sends SIGTERM and waits for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return Process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        Kill(Process);
        Process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
