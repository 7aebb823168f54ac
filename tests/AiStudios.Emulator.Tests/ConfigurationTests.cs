using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Options_are_read_from_the_Emulator_section()
    {
        var options = EmulatorOptions.FromConfiguration(Config(new()
        {
            ["Emulator:Port"] = "0",
            ["Emulator:RenderDuration"] = "250ms",
            ["Emulator:TokenLifetime"] = "01:00:00",
            ["Emulator:ProgressStep"] = "20",
            ["Emulator:TickInterval"] = "10ms",
            ["Emulator:SigningKey"] = "configured-signing-key",
            ["Emulator:Credentials:0:AppId"] = "cfg-app",
            ["Emulator:Credentials:0:UserKey"] = "cfg-key",
            ["Emulator:Workspaces:0:WorkspaceId"] = "cfg-ws",
            ["Emulator:Workspaces:0:WorkspaceName"] = "Configured",
            ["Emulator:Faults:0:Path"] = "/model",
            ["Emulator:Faults:0:Fault"] = "500",
            ["Emulator:Faults:0:Count"] = "2",
        }));

        Assert.Equal(0, options.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.RenderDuration);
        Assert.Equal(TimeSpan.FromHours(1), options.TokenLifetime);
        Assert.Equal(20, options.ProgressStep);
        Assert.Equal(TimeSpan.FromMilliseconds(10), options.TickInterval);
        Assert.Equal("configured-signing-key", options.SigningKey);
        Assert.Equal(new[] { new EmulatorCredential("cfg-app", "cfg-key") }, options.Credentials);
        Assert.Equal(new[] { new EmulatorWorkspace("cfg-ws", "Configured") }, options.Workspaces);
        var rule = Assert.Single(options.Faults);
        Assert.Equal(("/model", "500", 2), (rule.Path, rule.Fault, rule.Count!.Value));
    }

    [Fact]
    public void Nothing_configured_gives_the_defaults()
    {
        var options = EmulatorOptions.FromConfiguration(Config(new()));

        Assert.Equal(EmulatorOptions.DefaultPort, options.Port);
        Assert.Equal(5080, options.Port);
        Assert.Equal(TimeSpan.FromHours(24), options.TokenLifetime);
        Assert.Empty(options.Credentials);
    }

    [Theory]
    [InlineData("Emulator:Port", "eighty")]
    [InlineData("Emulator:RenderDuration", "soon")]
    [InlineData("Emulator:ProgressStep", "x")]
    public void Unreadable_values_throw_FormatException(string key, string value)
    {
        Assert.Throws<FormatException>(() => EmulatorOptions.FromConfiguration(Config(new() { [key] = value })));
    }

    [Fact]
    public async Task Configured_credentials_replace_the_default_one()
    {
        var options = EmulatorOptions.FromConfiguration(Config(new()
        {
            ["Emulator:Port"] = "0",
            ["Emulator:Credentials:0:AppId"] = "cfg-app",
            ["Emulator:Credentials:0:UserKey"] = "cfg-key",
        }));
        await using var server = await EmulatorServer.StartAsync(options);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("auth/token", Json("""{"appId":"cfg-app","userKey":"cfg-key"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("auth/token", Json("""{"appId":"emulator-app","userKey":"emulator-key"}"""))).StatusCode);
    }

    [Fact]
    public async Task Without_credentials_the_default_pair_is_accepted()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal(EmulatorCredential.Default, server.Credential);
        Assert.Equal(("emulator-app", "emulator-key"), (server.Credential.AppId, server.Credential.UserKey));
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("auth/token", Json("""{"appId":"emulator-app","userKey":"emulator-key"}"""))).StatusCode);
        Assert.DoesNotContain("emulator-key", server.Credential.ToString());
    }

    [Fact]
    public async Task Port_0_picks_distinct_free_loopback_ports_and_a_taken_port_fails()
    {
        await using var a = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0 });
        await using var b = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0 });

        Assert.NotEqual(a.Port, b.Port);
        Assert.Equal($"http://127.0.0.1:{a.Port}/api/odin/v3/", a.BaseAddress.ToString());
        Assert.Equal($"http://127.0.0.1:{a.Port}/", a.RootAddress.ToString());
        await Assert.ThrowsAnyAsync<IOException>(() => EmulatorServer.StartAsync(new EmulatorOptions { Port = a.Port }));
    }

    [Fact]
    public async Task Invalid_options_are_refused_at_start()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromSeconds(-1) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => EmulatorServer.StartAsync(new EmulatorOptions { Port = 70000 }));
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, SigningKey = "short" }));
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(new EmulatorOptions
        {
            Port = 0,
            Faults = { new FaultRule { Path = "/model", Fault = "explode" } },
        }));
    }

    [Fact]
    public async Task Stopping_twice_is_harmless_and_a_stopped_server_refuses_connections()
    {
        var server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0 });
        var url = new Uri(server.BaseAddress, "auth");
        await server.StopAsync();
        await server.StopAsync();
        await server.DisposeAsync();

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(url));
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
