using System;
using System.IO;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Testing;

namespace AiStudios.Client.Tests;

/// <summary>
/// Which of the newer calls may be sent again after a 503 (the request may have been acted on): reads and an
/// in-place modify are retried; whatever creates a project, starts a render or makes a billable file is not, and
/// says why.
/// </summary>
public sealed class CallKindTests : ClientTest
{
    private const string Render = "The call starts a billable render";
    private const string Draft = "The call creates a project (a draft";
    private const string Bill = "The call may be billed";

    public static TheoryData<string, string, string> NotRepeated => new()
    {
        { "simple audio", "/simple/audio", Bill },
        { "custom video", "/simple/custom", Render },
        { "custom draft", "/simple/custom", Draft },
        { "template", "/editor/template/*", Draft },
        { "template with tags", "/editor/template/modify", Draft },
        { "template with tags, exported", "/editor/template/modify", Render },
        { "presentation", "/editor/project/pptpdf", Draft },
        { "modify, exported", "/editor/project/modify", Render },
    };

    [Theory]
    [MemberData(nameof(NotRepeated))]
    public async Task A_call_that_creates_renders_or_bills_is_not_sent_again_after_a_503(string call, string path, string advice)
    {
        string project = await DraftAsync();
        Emulator.Faults.Enqueue(path, "503", count: 1, method: "POST");
        Emulator.State.ResetCounters();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => CallAsync(call, project));

        Assert.True(error.IsOutcomeUnknown, error.Message);
        Assert.Equal(503, error.Status);
        Assert.Equal(1, Emulator.State.TotalRequests);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("avatars", "/dropdown/models", "GET")]
    [InlineData("templates", "/dropdown/templates_business", "GET")]
    [InlineData("automation templates", "/dropdown/templates_automation", "POST")]
    [InlineData("modify", "/editor/project/modify", "POST")]
    public async Task A_read_or_an_in_place_modify_is_retried_after_a_503(string call, string path, string method)
    {
        string project = await DraftAsync();
        Emulator.Faults.Enqueue(path, "503", count: 1, method: method);
        Emulator.State.ResetCounters();

        await CallAsync(call, project);

        Assert.Equal(2, Emulator.State.TotalRequests);
    }

    private async Task<string> DraftAsync() =>
        (await Client.CreateProjectFromTemplateAsync(Emulator.Options.Templates[0].Id)).ProjectId;

    private Task CallAsync(string call, string project)
    {
        string template = Emulator.Options.Templates[0].Id;
        var export = new TagModifyOptions { IsExport = true };
        return call switch
        {
            "simple audio" => Client.CreateSimpleAudioAsync(new SimpleAudioRequest("en", "Hi.", "M000045058")),
            "custom video" => Client.CreateCustomVideoAsync(new CustomVideoRequest("en", "Hi.", "M000900001")),
            "custom draft" => Client.CreateCustomVideoAsync(new CustomVideoRequest("en", "Hi.", "M000900001") { IsExport = false }),
            "template" => Client.CreateProjectFromTemplateAsync(template),
            "template with tags" => Client.CreateProjectFromTemplateWithTagsAsync(template, new TagUpdates().Title("x")),
            "template with tags, exported" => Client.CreateProjectFromTemplateWithTagsAsync(template, new TagUpdates().Title("x"), options: export),
            "presentation" => Client.ImportPresentationAsync(new MemoryStream(Presentations.Pdf(1)), "a.pdf"),
            "modify, exported" => Client.ModifyProjectByTagsAsync(project, new TagUpdates().Title("x"), export),
            "modify" => Client.ModifyProjectByTagsAsync(project, new TagUpdates().Title("x")),
            "avatars" => Client.GetAvatarsAsync(),
            "templates" => Client.GetBusinessTemplatesAsync(),
            "automation templates" => Client.GetAutomationTemplatesAsync("business"),
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
        };
    }
}
