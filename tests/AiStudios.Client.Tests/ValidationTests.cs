using System;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>Create validates first and sends nothing for an invalid project.</summary>
public sealed class ValidationTests : ClientTest
{
    [Fact]
    public async Task An_invalid_project_is_refused_with_its_problems_listed_and_no_request_sent()
    {
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(Projects.Invalid()));

        Assert.Equal(AiStudiosErrorCodes.InvalidProject, error.ErrorCode);
        Assert.Equal(0, error.Status);
        Assert.False(error.IsOutcomeUnknown);
        Assert.NotNull(error.ValidationReport);
        Assert.True(error.ValidationReport!.HasErrors);
        var opacity = Assert.Single(error.ValidationReport.Errors, p => p.Path.EndsWith("opacity", StringComparison.Ordinal));
        Assert.Contains(error.Details, line => line.Contains(opacity.RuleId, StringComparison.Ordinal));
        Assert.Contains(opacity.RuleId, error.Message, StringComparison.Ordinal);
        Assert.Contains("was not sent", error.Message, StringComparison.Ordinal);

        // Nothing at all went out: not even a token request.
        Assert.Equal(0, Emulator.State.TotalRequests);
    }

    [Fact]
    public async Task Create_and_render_refuses_an_invalid_project_the_same_way()
    {
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateAndRenderAsync(Projects.Invalid(), FastWait()));

        Assert.Equal(AiStudiosErrorCodes.InvalidProject, error.ErrorCode);
        Assert.Equal(0, Emulator.State.TotalRequests);
    }

    [Fact]
    public async Task A_project_with_an_unknown_avatar_is_refused_before_sending()
    {
        Project project = Video.Landscape().Scene(s => s.Avatar("M000045058").Script("Hi")).Build();
        var avatar = project.Scenes[0].Clips.OfType<AvatarClip>().Single();
        avatar.Model!.AvatarId = "M999999999";

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(project));

        Assert.Equal(AiStudiosErrorCodes.InvalidProject, error.ErrorCode);
        Assert.Equal(0, Emulator.State.TotalRequests);
    }

    [Fact]
    public async Task The_published_seed_project_passes_validation_and_is_sent()
    {
        CreatedProject created = await Client.CreateProjectAsync(Projects.Seed());

        Assert.NotNull(Emulator.State.FindProject(created.ProjectId));
    }
}
