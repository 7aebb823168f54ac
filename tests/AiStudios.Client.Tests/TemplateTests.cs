using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>Templates and the tag-keyed modify calls over loopback HTTP.</summary>
public sealed class TemplateTests : ClientTest
{
    private string TemplateId => Emulator.Options.Templates[0].Id;

    [Fact]
    public async Task A_project_from_a_template_is_a_draft_with_the_avatar_and_name_asked_for_and_renders_on_export()
    {
        CreatedProject created = await Client.CreateProjectFromTemplateAsync(TemplateId, new TemplateProjectOptions { AvatarId = "M000320746", ClothesId = "BG00007031", Name = "From a template" });

        Assert.False(created.RenderStarted);
        FetchedProject fetched = await Client.GetProjectAsync(created.ProjectId);
        Assert.Equal("From a template", fetched.Project.Name);
        var avatar = fetched.Project.Scenes[0].Clips.OfType<AvatarClip>().Single();
        Assert.Equal(("M000320746", "BG00007031"), (avatar.Model.AvatarId, avatar.Model.ClothesId));

        await Client.ExportProjectAsync(created.ProjectId);
        RenderResult result = await Client.WaitForRenderAsync(created.ProjectId, FastWait());
        Assert.Equal(created.ProjectId, result.ProjectId);
    }

    [Fact]
    public async Task Both_spellings_of_the_template_fields_are_sent_the_tables_in_the_body_the_samples_in_the_query()
    {
        var handler = new RecordingHandler();
        using var client = NewClient(http: new System.Net.Http.HttpClient(new BillableRequestGuard(handler)));

        await client.CreateProjectFromTemplateAsync(TemplateId, new TemplateProjectOptions { AvatarId = "M000371017", ClothesId = "BG00010101", Name = "Q & A", WorkspaceId = "emulator-workspace" });

        var (request, body) = handler.Sent.Single(s => s.Request.StartsWith("POST /api/odin/v3/editor/template/", StringComparison.Ordinal));
        Assert.Equal($"POST /api/odin/v3/editor/template/{TemplateId}?model=M000371017&clothes=BG00010101&name=Q%20%26%20A", request);
        var json = JsonNode.Parse(body)!;
        Assert.Equal(("M000371017", "BG00010101", "Q & A", "emulator-workspace"), (json["aiName"]!.GetValue<string>(), json["clothId"]!.GetValue<string>(), json["name"]!.GetValue<string>(), json["workspaceId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_template_id_that_could_reach_another_endpoint_is_refused_before_sending()
    {
        var error = Assert.Throws<ArgumentException>(() => { _ = Client.CreateProjectFromTemplateAsync("../project"); });

        Assert.Contains("template id", error.Message, StringComparison.Ordinal);
        await Task.Yield();
        Assert.Equal(0, Emulator.State.TotalRequests);
    }

    [Fact]
    public async Task An_unknown_avatar_for_a_template_is_the_services_error()
    {
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectFromTemplateAsync(TemplateId, new TemplateProjectOptions { AvatarId = "M000999999" }));

        Assert.Equal("INVALID_MODEL", error.ErrorCode);
        Assert.Equal(400, error.Status);
    }

    [Fact]
    public async Task Modify_by_tags_changes_title_subtitles_and_scripts_without_rendering_by_default()
    {
        CreatedProject created = await Client.CreateProjectFromTemplateAsync(TemplateId);

        CreatedProject modified = await Client.ModifyProjectByTagsAsync(
            created.ProjectId,
            new TagUpdates().Title("Q3 results").Subtitles(2, "Third caption").Script(1, "Speech for scene 2"));

        Assert.Equal(created.ProjectId, modified.ProjectId);
        Assert.False(modified.RenderStarted);
        Project project = (await Client.GetProjectAsync(created.ProjectId)).Project;
        Assert.Equal("Q3 results", Text(project, "title-0"));
        Assert.Equal("Third caption", Text(project, "subtitles-2"));
        Assert.Equal("Speech for scene 2", project.Scenes[1].Scripts![0].Text);
        Assert.Equal(0, Emulator.State.ExportsStarted);
    }

    [Fact]
    public async Task Modify_by_tags_with_IsExport_renders()
    {
        CreatedProject created = await Client.CreateProjectFromTemplateAsync(TemplateId);

        CreatedProject modified = await Client.ModifyProjectByTagsAsync(created.ProjectId, new TagUpdates().Title("Now"), new TagModifyOptions { IsExport = true });

        Assert.True(modified.RenderStarted);
        await Client.WaitForRenderAsync(created.ProjectId, FastWait());
    }

    [Fact]
    public async Task A_template_with_tag_updates_becomes_a_new_project()
    {
        CreatedProject created = await Client.CreateProjectFromTemplateWithTagsAsync(TemplateId, new TagUpdates().Title("Launch").Set("subtitles_1", "Second!"), name: "Launch video");

        Project project = (await Client.GetProjectAsync(created.ProjectId)).Project;
        Assert.Equal("Launch video", project.Name);
        Assert.Equal("Launch", Text(project, "title-0"));
        Assert.Equal("Second!", Text(project, "subtitles-1"));
        Assert.False(created.RenderStarted);
    }

    [Fact]
    public async Task A_tag_the_project_lacks_is_the_services_INVALID_UPDATE()
    {
        CreatedProject created = await Client.CreateProjectFromTemplateAsync(TemplateId);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ModifyProjectByTagsAsync(created.ProjectId, new TagUpdates().Subtitles(7, "x")));

        Assert.Equal("INVALID_UPDATE", error.ErrorCode);
        Assert.Contains("subtitles_7", string.Join(" ", error.Details), StringComparison.Ordinal);
    }

    [Fact]
    public void TagUpdates_write_occurrence_0_as_the_bare_key_and_refuse_what_the_service_cannot_read()
    {
        var updates = new TagUpdates().Title("a").Title("b", 1).Subtitles(0, "c").Script(3, "d").Set("title", "e");

        Assert.Equal(new[] { "title=e", "title_1=b", "subtitles=c", "scripts_3=d" }, updates.Select(u => u.Key + "=" + u.Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => updates.Subtitles(-1, "x"));
        Assert.Throws<ArgumentException>(() => updates.Tag(" ", 0, "x"));
        Assert.Throws<ArgumentException>(() => { _ = Client.ModifyProjectByTagsAsync("0123456789abcdef01234567", new TagUpdates()); });
    }

    private static string? Text(Project project, string clipId) =>
        project.Scenes.SelectMany(s => s.Clips).OfType<TextClip>().Single(c => c.Id == clipId).Text;
}
