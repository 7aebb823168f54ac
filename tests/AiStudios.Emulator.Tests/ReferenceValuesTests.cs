using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>
/// The emulator validates against the schema, so it takes what the 1.6.x reference documents: an integer
/// <c>fontWeight</c>, <c>''</c> colours, fractional font sizes, <c>tts: null</c>, dialogues, and explicit nulls in
/// optional properties (the schema's rule: null there means "not set").
/// </summary>
public sealed class ReferenceValuesTests : EmulatorTest
{
    [Theory]
    [InlineData("reference-values-project.json")]
    [InlineData("dialogue-project.json")]
    public async Task A_documented_payload_is_created_and_fetched_as_sent(string fixture)
    {
        var token = await TokenAsync();
        var body = (JsonObject)JsonNode.Parse(File.ReadAllText(Testing.RepoPaths.Fixture(fixture)))!;
        body["isExport"] = false;

        var response = await PostAsync("editor/project", body, token);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var project = await GetProjectAsync(token, response.Data["projectId"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(body["scenes"], project["scenes"]), "scenes must come back exactly as sent");
    }

    [Theory]
    [InlineData("fontWeight", "700")]
    [InlineData("fontWeight", "\"bold\"")]
    [InlineData("fontSize", "7.5")]
    [InlineData("stroke", "\"\"")]
    [InlineData("backgroundColor", "\"\"")]
    [InlineData("fontFamily", "null")]
    [InlineData("shadow", "null")]
    [InlineData("animation", "null")]
    public async Task A_text_clip_value_the_reference_documents_is_accepted(string property, string value)
    {
        var token = await TokenAsync();

        var response = await PostAsync("editor/project", WithTitle(property, value), token);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
    }

    [Theory]
    [InlineData("fontWeight", "true", "/scenes/0/clips/1/fontWeight")]
    [InlineData("fontSize", "null", "/scenes/0/clips/1")]
    [InlineData("fontSize", "0", "/scenes/0/clips/1/fontSize")]
    public async Task What_the_schema_still_refuses_is_refused_at_its_path(string property, string value, string path)
    {
        var token = await TokenAsync();

        var response = await PostAsync("editor/project", WithTitle(property, value), token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_PROJECT", response.ErrorCode);
        Assert.Contains(response.ErrorDetails!, d => d!["path"]!.GetValue<string>() == path);
        Assert.Equal(0, Server.State.ProjectsCreated);
    }

    [Theory]
    [InlineData("5", HttpStatusCode.BadRequest)]
    [InlineData("\"words\"", HttpStatusCode.BadRequest)]
    [InlineData("null", HttpStatusCode.OK)]
    [InlineData("{\"entries\":[]}", HttpStatusCode.OK)]
    public async Task A_dictionary_must_be_an_object_or_null(string value, HttpStatusCode expected)
    {
        var token = await TokenAsync();
        var body = RepoPaths.SeedProject();
        body["isExport"] = false;
        body["dictionary"] = JsonNode.Parse(value);

        var response = await PostAsync("editor/project", body, token);

        Assert.True(expected == response.Status, response.ToString());
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Contains(response.ErrorDetails!, d => d!["path"]!.GetValue<string>() == "/dictionary");
        }
    }

    /// <summary>The seed with a title clip whose <paramref name="property"/> is the JSON <paramref name="value"/>.</summary>
    private static JsonObject WithTitle(string property, string value)
    {
        var body = RepoPaths.SeedProject();
        body["isExport"] = false;
        var title = new JsonObject
        {
            ["id"] = "title",
            ["type"] = "textImage",
            ["layer"] = 2,
            ["left"] = 80,
            ["top"] = 60,
            ["width"] = 900,
            ["height"] = 120,
            ["text"] = "Q3",
            ["fill"] = "#ffffff",
            ["fontSize"] = 60,
        };
        title[property] = JsonNode.Parse(value);
        ((JsonArray)body["scenes"]![0]!["clips"]!).Add(title);
        return body;
    }
}
