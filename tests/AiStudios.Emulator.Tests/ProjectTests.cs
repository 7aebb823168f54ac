using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class ProjectTests : EmulatorTest
{
    [Fact]
    public async Task The_seed_project_is_created_and_fetched_with_the_server_fields()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token);

        Assert.Matches("^[0-9a-f]{24}$", id);
        Assert.Equal(1, Server.State.ProjectsCreated);

        var project = await GetProjectAsync(token, id);
        var seed = RepoPaths.SeedProject();
        Assert.True(JsonNode.DeepEquals(seed["scenes"], project["scenes"]), "scenes must come back exactly as sent");
        Assert.Equal("Test Project Using Api", project["name"]!.GetValue<string>());
        Assert.Equal("landscape", project["orientation"]!.GetValue<string>());
        Assert.Equal(id, project["_id"]!.GetValue<string>());
        Assert.Equal(Server.Credential.AppId, project["userId"]!.GetValue<string>());
        Assert.Contains(project["state"]!.GetValue<string>(), new[] { "exporting", "exported" });
        Assert.InRange(project["progress"]!.GetValue<int>(), 0, 100);
        Assert.StartsWith("task-", project["backendTaskId"]!.GetValue<string>());
        Assert.Equal("video", project["exportType"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", project["createdAt"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", project["updatedAt"]!.GetValue<string>());
        foreach (var field in new[] { "templateId", "thumbnailUrl", "baseInfoId", "dictionary", "creditSubstracted", "download_url" })
        {
            Assert.True(project.ContainsKey(field), $"missing {field}");
        }

        // The reference types the dictionary as an object (the schema too: a fetched project sent again must validate).
        Assert.IsType<JsonObject>(project["dictionary"]);
    }

    [Fact]
    public async Task Unknown_fields_survive_a_create_and_fetch_round_trip()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p =>
        {
            p["isExport"] = false;
            p["futureTopLevel"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
            p["scenes"]![0]!["sceneExtra"] = "kept";
            p["scenes"]![0]!["clips"]![0]!["clipExtra"] = JsonValue.Create(42.5);
        });

        var project = await GetProjectAsync(token, id);

        Assert.True(JsonNode.DeepEquals(new JsonObject { ["nested"] = new JsonArray(1, 2, 3) }, project["futureTopLevel"]));
        Assert.Equal("kept", project["scenes"]![0]!["sceneExtra"]!.GetValue<string>());
        Assert.Equal(42.5, project["scenes"]![0]!["clips"]![0]!["clipExtra"]!.GetValue<double>());
        Assert.Equal("kept", Server.State.FindProject(id)!.Payload["scenes"]![0]!["sceneExtra"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_project_is_400_INVALID_PROJECT_with_precise_details()
    {
        var token = await TokenAsync();
        var body = RepoPaths.SeedProject();
        body["orientation"] = "diagonal";
        body["scenes"]![0]!["clips"]![0]!["width"] = -1;
        ((JsonArray)body["scenes"]![0]!["clips"]!).Add(new JsonObject { ["id"] = "x", ["type"] = "hologram", ["width"] = 1, ["height"] = 1 });

        var response = await PostAsync("editor/project", body, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.Success);
        Assert.Equal("INVALID_PROJECT", response.ErrorCode);
        var paths = response.ErrorDetails!.Select(d => d!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("/orientation", paths);
        Assert.Contains("/scenes/0/clips/0/width", paths);
        Assert.Contains("/scenes/0/clips/1/type", paths);
        Assert.All(response.ErrorDetails!, d => Assert.False(string.IsNullOrEmpty(d!["message"]!.GetValue<string>())));
        // Only the avatar branch of the clip union is reported, not "shapeName is missing" and the like.
        Assert.DoesNotContain(response.ErrorDetails!, d => d!["message"]!.GetValue<string>().Contains("shapeName"));
        Assert.Equal(0, Server.State.ProjectsCreated);
        Assert.Empty(Server.State.Projects);
    }

    [Fact]
    public async Task A_project_without_scenes_names_the_missing_property_at_the_root()
    {
        var token = await TokenAsync();

        var response = await PostAsync("editor/project", new JsonObject { ["name"] = "x" }, token);

        Assert.Equal("INVALID_PROJECT", response.ErrorCode);
        var detail = Assert.Single(response.ErrorDetails!);
        Assert.Equal("", detail!["path"]!.GetValue<string>());
        Assert.Contains("scenes", detail["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"scenes\": [],}", "INVALID_JSON")]
    [InlineData("", "INVALID_JSON")]
    [InlineData("{\"name\": \"a\", \"name\": \"b\", \"scenes\": []}", "INVALID_JSON")]
    [InlineData("{{\"name\": \"set of a dict\"}}", "INVALID_JSON")]
    [InlineData("[]", "INVALID_PROJECT")]
    [InlineData("\"just a string\"", "INVALID_PROJECT")]
    public async Task Bodies_that_are_not_projects_are_400_envelopes(string body, string code)
    {
        var token = await TokenAsync();

        var response = await SendAsync(HttpMethod.Post, "editor/project", token: token, rawBody: body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.ErrorCode);
    }

    [Fact]
    public async Task Webhook_placeholders_and_unknown_workspaces_are_refused()
    {
        var token = await TokenAsync();

        var placeholder = RepoPaths.SeedProject();
        placeholder["webhookUrl"] = "${webhook_delivery_address}";
        var refused = await PostAsync("editor/project", placeholder, token);
        Assert.Equal("INVALID_PROJECT", refused.ErrorCode);
        Assert.Contains(refused.ErrorDetails!, d => d!["path"]!.GetValue<string>() == "/webhookUrl");

        var workspace = RepoPaths.SeedProject();
        workspace["workspaceId"] = "nope";
        Assert.Equal("INVALID_WORKSPACE", (await PostAsync("editor/project", workspace, token)).ErrorCode);

        var known = RepoPaths.SeedProject();
        known["workspaceId"] = EmulatorWorkspace.Default.WorkspaceId;
        known["resolution"] = "720";
        var created = await PostAsync("editor/project", known, token);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var snapshot = Server.State.FindProject(created.Data["projectId"]!.GetValue<string>())!;
        Assert.Equal("720", snapshot.Resolution);
        Assert.Equal(EmulatorWorkspace.Default.WorkspaceId, snapshot.WorkspaceId);
    }

    [Fact]
    public async Task With_isExport_false_the_project_stays_a_draft_and_is_not_listed()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var project = await GetProjectAsync(token, id);
        Assert.Equal("draft", project["state"]!.GetValue<string>());
        Assert.Equal(0, project["progress"]!.GetValue<int>());
        Assert.Null(project["download_url"]);
        Assert.Equal(0, Server.State.ExportsStarted);

        var progress = await GetAsync($"editor/progress/{id}", token);
        Assert.Equal(0, progress.Data["progress"]!.GetValue<double>());
        Assert.Equal("draft", progress.Data["state"]!.GetValue<string>());

        var list = await GetAsync("editor/project", token);
        Assert.Empty(list.Data["projects"]!.AsArray());
        Assert.Equal(0, list.Data["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_project_ids_are_404_NOT_FOUND()
    {
        var token = await TokenAsync();

        foreach (var path in new[] { "editor/project/000000000000000000000000", "editor/progress/000000000000000000000000" })
        {
            var response = await GetAsync(path, token);
            Assert.Equal(HttpStatusCode.NotFound, response.Status);
            Assert.Equal("NOT_FOUND", response.ErrorCode);
        }
    }

    [Fact]
    public async Task The_list_holds_exported_projects_newest_first()
    {
        var token = await TokenAsync();
        var first = await CreateSeedAsync(token, p => p["name"] = "first");
        await CreateSeedAsync(token, p => p["isExport"] = false);
        var third = await CreateSeedAsync(token, p => p["name"] = "third");

        var list = await GetAsync("editor/project", token);

        var projects = list.Data["projects"]!.AsArray();
        Assert.Equal(new[] { third, first }, projects.Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal(2, list.Data["total"]!.GetValue<int>());
        Assert.Equal("third", projects[0]!["name"]!.GetValue<string>());
        Assert.All(projects, p => Assert.True(p!.AsObject().ContainsKey("download_url")));
        Assert.All(projects, p => Assert.Contains(p!["state"]!.GetValue<string>(), new[] { "exporting", "exported" }));
    }

    [Fact]
    public async Task Delete_removes_the_callers_projects_and_counts_them()
    {
        var token = await TokenAsync();
        var a = await CreateSeedAsync(token, p => p["isExport"] = false);
        var b = await CreateSeedAsync(token, p => p["isExport"] = false);
        var keep = await CreateSeedAsync(token, p => p["isExport"] = false);

        var response = await SendAsync(HttpMethod.Delete, "editor/project", new JsonObject { ["ids"] = new JsonArray(a, b, "000000000000000000000000", a) }, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.Data["deletedCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"editor/project/{a}", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"editor/project/{keep}", token)).Status);
        Assert.Single(Server.State.Projects);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"ids\": \"abc\"}")]
    [InlineData("{\"ids\": [1, 2]}")]
    [InlineData("[\"abc\"]")]
    public async Task Delete_with_a_bad_body_is_400(string body)
    {
        var token = await TokenAsync();

        var response = await SendAsync(HttpMethod.Delete, "editor/project", token: token, rawBody: body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.ErrorCode);
    }

    [Fact]
    public async Task A_fetched_project_posted_again_becomes_a_new_project()
    {
        var token = await TokenAsync();
        var original = await CreateSeedAsync(token, p => p["isExport"] = false);
        var fetched = await GetProjectAsync(token, original);
        fetched["isExport"] = false;

        var copy = await PostAsync("editor/project", fetched, token);

        Assert.Equal(HttpStatusCode.OK, copy.Status);
        var copyId = copy.Data["projectId"]!.GetValue<string>();
        Assert.NotEqual(original, copyId);
        var copied = await GetProjectAsync(token, copyId);
        Assert.Equal(copyId, copied["_id"]!.GetValue<string>());
        Assert.Equal("draft", copied["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_are_counted_per_endpoint()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);
        await GetAsync($"editor/progress/{id}", token);
        await GetAsync($"editor/progress/{id}", token);

        Assert.Equal(1, Server.State.TokenRequests);
        Assert.Equal(1, Server.State.RequestCount("POST", "/editor/project"));
        Assert.Equal(2, Server.State.RequestCount("GET", "/editor/progress/{projectId}"));
        Assert.Equal(2, Server.State.RequestsByEndpoint["GET /editor/progress/{projectId}"]);
        Assert.Equal(4, Server.State.TotalRequests);
        Assert.Matches(new Regex("^[0-9a-f]{24}$"), Server.State.Projects.Single().Id);
    }
}
