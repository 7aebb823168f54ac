using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>The command line: starts, prints its address, serves, stops on SIGTERM.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task The_emulator_starts_from_the_command_line_prints_its_address_and_stops_on_SIGTERM()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AiStudios.Emulator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { dll, "--port", "0", "--render-duration", "1s" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var match = Regex.Match(firstLine ?? "", @"^AI Studios emulator listening on (http://127\.0\.0\.1:\d+/api/odin/v3)$");
            Assert.True(match.Success, $"unexpected first line: {firstLine}; stderr: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "")}");

            using var http = new HttpClient();
            var answer = await http.GetAsync(match.Groups[1].Value + "/auth");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
