using System.Linq;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>The reference's own edit body, <c>values: {"script": "changed script"}</c>, through the client.</summary>
public sealed class EditScriptTests : ClientTest
{
    [Fact]
    public async Task The_documented_script_string_changes_the_speech_and_the_edit_renders()
    {
        Project seed = Projects.Seed();
        seed.IsExport = false;
        CreatedProject created = await Client.CreateProjectAsync(seed);

        CreatedProject edited = await Client.EditAndExportProjectAsync(created.ProjectId, new[] { new ProjectUpdate(0, "aiModel").Set("script", "changed script") });

        Assert.Equal(created.ProjectId, edited.ProjectId);
        FetchedProject fetched = await Client.GetProjectAsync(created.ProjectId);
        var avatar = fetched.Project.Scenes[0].Clips.OfType<AvatarClip>().Single();
        Assert.Equal("changed script", avatar.ClipScript!.Text);
        await Client.WaitForRenderAsync(created.ProjectId, FastWait());
    }

    [Fact]
    public async Task A_script_string_changes_the_scripts_entry_of_a_builder_project()
    {
        CreatedProject created = await Client.CreateProjectAsync(Video.Landscape().IsExport(false).Scene(s => s.Avatar("M000045058").Script("Old words.")).Build());

        await Client.EditProjectAsync(created.ProjectId, new[] { new ProjectUpdate(0, "aiModel").Set("script", "New words.") });

        Project project = (await Client.GetProjectAsync(created.ProjectId)).Project;
        Assert.Equal("New words.", Assert.Single(project.Scenes[0].Scripts!).Text);
    }
}
