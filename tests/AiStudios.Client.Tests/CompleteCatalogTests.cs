using System;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Validation;

namespace AiStudios.Client.Tests;

/// <summary>Changes <see cref="AvatarCatalog.Default"/>, which every test of the assembly reads: run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(CatalogCompleteness), DisableParallelization = true)]
public sealed class CatalogCompleteness
{
}

/// <summary>
/// A project that declares its avatar catalog complete: an avatar id the catalogs lack is known wrong, so
/// validation reports it as an error and the client refuses it without asking the account.
/// </summary>
[Collection(nameof(CatalogCompleteness))]
public sealed class CompleteCatalogTests : ClientTest
{
    [Fact]
    public async Task With_a_complete_catalog_clothes_it_lacks_are_known_wrong_in_the_builder_Validate_and_the_client()
    {
        Project project = AccountAvatarTests.WithAvatar("M000045058", "BG00002321", isExport: false);
        Assert.Equal(ValidationSeverity.Warning, project.Validate().Single(p => p.RuleId == "AIS0012").Severity);

        AvatarCatalog.Default.IsComplete = true;
        try
        {
            var thrown = Assert.Throws<ArgumentException>(() => Video.Landscape().Scene(s => s.Avatar("M000045058", "BG00002321")));
            var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(project));

            Assert.Contains("Did you mean 'BG00002320'?", thrown.Message, StringComparison.Ordinal);
            Assert.Equal(AiStudiosErrorCodes.InvalidProject, error.ErrorCode);
            Assert.Contains(error.ValidationReport!.Errors, p => p.RuleId == "AIS0012" && p.Path == "scenes[0].clips[0].model.emotion");
            Assert.Equal(0, Emulator.State.TotalRequests);
        }
        finally
        {
            AvatarCatalog.Default.IsComplete = false;
        }
    }

    [Fact]
    public async Task With_a_complete_catalog_an_unknown_avatar_blocks_sending_and_the_account_is_not_asked()
    {
        Project project = AccountAvatarTests.WithAvatar("M000320746", "BG00007030", isExport: false);
        Assert.Equal(ValidationSeverity.Warning, project.Validate().Single(p => p.RuleId == "AIS0011").Severity);

        AvatarCatalog.Default.IsComplete = true;
        try
        {
            var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(project));

            Assert.Equal(AiStudiosErrorCodes.InvalidProject, error.ErrorCode);
            Assert.Contains(error.ValidationReport!.Errors, p => p.RuleId == "AIS0011" && p.Path == "scenes[0].clips[0].model.ai_name");
            Assert.Equal(0, Emulator.State.TotalRequests);
        }
        finally
        {
            AvatarCatalog.Default.IsComplete = false;
        }

        // Not complete: the same id is the account's to decide, and the account has it.
        CreatedProject created = await Client.CreateProjectAsync(project);
        Assert.NotNull(Emulator.State.FindProject(created.ProjectId));
        Assert.Equal(1, Emulator.State.RequestCount("GET", "/dropdown/models"));
    }
}
