using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary><c>GET /emulator/admin/counts</c>: creates counted by project name, for tests of a separately started emulator.</summary>
public class AdminCountsTests : EmulatorTest
{
    private async Task<JsonObject> CountsAsync(string? contains = null, string host = "127.0.0.1")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new System.Uri(Server.RootAddress, "emulator/admin/counts" + (contains is null ? "" : "?contains=" + System.Uri.EscapeDataString(contains))));
        request.Headers.Host = host + ":" + Server.Port;
        using var response = await Http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (JsonObject)JsonNode.Parse(body)!["data"]!;
    }

    [Fact]
    public async Task Creates_are_counted_by_name_with_the_duplicates_listed()
    {
        string token = await TokenAsync();
        string first = await CreateSeedAsync(token, p => p["name"] = "Welcome Ann [b:abc:1]");
        string again = await CreateSeedAsync(token, p => p["name"] = "Welcome Ann [b:abc:1]");
        await CreateSeedAsync(token, p => p["name"] = "Welcome Bob [b:abc:2]");
        await CreateSeedAsync(token, p => p["name"] = "Other [b:xyz:1]");
        await PostAsync("editor/project", RepoPaths.SeedProject(), token, fault: "503");
        await SendAsync(HttpMethod.Delete, "editor/project", new JsonObject { ["ids"] = new JsonArray(first) }, token);

        JsonObject all = await CountsAsync();
        JsonObject batch = (JsonObject)(await CountsAsync("[b:abc:"))["byName"]!;

        Assert.Equal(5, all["createRequests"]!.GetValue<int>());
        Assert.Equal(4, all["projectsCreated"]!.GetValue<int>());
        Assert.Equal(3, batch["projectsCreated"]!.GetValue<int>());
        Assert.Equal(2, batch["distinctNames"]!.GetValue<int>());
        Assert.Equal(1, batch["duplicateNames"]!.GetValue<int>());
        Assert.Equal(1, batch["extraCreates"]!.GetValue<int>());
        var duplicate = (JsonObject)batch["duplicates"]![0]!;
        Assert.Equal("Welcome Ann [b:abc:1]", duplicate["name"]!.GetValue<string>());
        Assert.Equal(new[] { first, again }, ((JsonArray)duplicate["projectIds"]!).Select(n => n!.GetValue<string>()));
        Assert.Equal(3, Server.State.CreateCounts("[b:abc:").ProjectsCreated);
    }

    [Fact]
    public async Task The_route_is_not_faulted_and_answers_only_loopback_host_names()
    {
        Server.Faults.Add(new FaultRule { Path = "*", Fault = "500" });

        JsonObject counts = await CountsAsync(host: "localhost");
        Assert.Equal(0, counts["projectsCreated"]!.GetValue<int>());

        using var request = new HttpRequestMessage(HttpMethod.Get, new System.Uri(Server.RootAddress, "emulator/admin/counts"));
        request.Headers.Host = "attacker.example";
        using var response = await Http.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_route_is_not_under_the_api_base()
    {
        var response = await GetAsync("emulator/admin/counts", await TokenAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }
}
