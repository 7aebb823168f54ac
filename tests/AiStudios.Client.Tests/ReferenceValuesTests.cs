using System.IO;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Testing;

namespace AiStudios.Client.Tests;

/// <summary>
/// A project holding what the 1.6.x reference documents (fractional font sizes, an integer fontWeight, '' colours,
/// explicit nulls, tts null, a dictionary) is sent, fetched back without an error and re-created from the fetch.
/// </summary>
public sealed class ReferenceValuesTests : ClientTest
{
    [Fact]
    public async Task A_fetched_project_with_fractional_font_sizes_reads_and_round_trips()
    {
        Project sent = Project.FromJson(File.ReadAllText(RepoPaths.Fixture("reference-values-project.json")));
        sent.IsExport = false;
        CreatedProject created = await Client.CreateProjectAsync(sent);

        FetchedProject fetched = await Client.GetProjectAsync(created.ProjectId);

        var title = (TextClip)fetched.Project.Scenes[0].Clips[1];
        Assert.Equal((7.5, 700), (title.FontSize, title.FontWeight!.Value.Number!.Value));
        using (JsonDocument before = JsonDocument.Parse(sent.ToJson()))
        using (JsonDocument after = JsonDocument.Parse(fetched.Project.ToJson()))
        {
            JsonAssert.Equal(before.RootElement.GetProperty("scenes").GetRawText(), after.RootElement.GetProperty("scenes").GetRawText());
        }

        CreatedProject again = await Client.CreateProjectAsync(fetched.ToNewProject());
        Assert.NotEqual(created.ProjectId, again.ProjectId);
    }

    [Fact]
    public async Task ToNewProject_keeps_the_pronunciation_dictionary_whole_and_drops_the_server_fields()
    {
        // The reference: data.project.dictionary is an object (the user's speech-training entries), format undocumented.
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"project\":{\"_id\":\"0123456789abcdef01234567\",\"state\":\"exported\",\"name\":\"x\","
                + "\"dictionary\":{\"entries\":[{\"word\":\"AIStudios\",\"pronunciation\":\"A I studios\"}],\"version\":2},"
                + "\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"t\",\"type\":\"textImage\",\"text\":\"Hi\",\"fill\":\"#000000\",\"fontSize\":7.5,\"fontWeight\":700,\"width\":1,\"height\":1}]}]}}}"));
        using var client = handler.CreateClient();

        FetchedProject fetched = await client.GetProjectAsync("0123456789abcdef01234567");
        Project copy = fetched.ToNewProject();

        Assert.Equal("{\"entries\":[{\"word\":\"AIStudios\",\"pronunciation\":\"A I studios\"}],\"version\":2}", copy.PronunciationDictionary!.Value.GetRawText());
        Assert.False(copy.AdditionalProperties.ContainsKey("_id"));
        Assert.False(copy.AdditionalProperties.ContainsKey("state"));
        Assert.Contains("\"dictionary\":{\"entries\"", copy.ToJson(), System.StringComparison.Ordinal);
    }
}
