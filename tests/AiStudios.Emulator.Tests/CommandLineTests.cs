using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>The command line: starts, prints its address, serves, stops on SIGTERM.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task The_emulator_starts_from_the_command_line_prints_its_address_and_stops_on_SIGTERM()
    {
        await using var emulator = await EmulatorProcess.StartAsync(["--render-duration", "1s"]);

        using var http = new HttpClient();
        var answer = await http.GetAsync(new System.Uri(emulator.BaseAddress, "auth"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        Assert.Equal(0, await emulator.StopAsync());
    }
}
