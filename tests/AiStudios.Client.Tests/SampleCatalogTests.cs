using System.IO;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Testing;

namespace AiStudios.Client.Tests;

/// <summary>
/// <c>samples/AccountAvatars/account.avatars.json</c> is the emulator's account exported as the sample exports it; the
/// generator tests prove each of its entries becomes a typed constant. Together: export and constants agree.
/// </summary>
public sealed class SampleCatalogTests : ClientTest
{
    [Fact]
    public async Task The_samples_catalog_is_what_the_emulators_account_exports()
    {
        using var exported = new MemoryStream();

        await Client.ExportAvatarCatalogAsync(exported, new AvatarCatalogExportOptions { Namespace = "AccountAvatars" });

        string checkedIn = File.ReadAllText(RepoPaths.InRepo("samples/AccountAvatars/account.avatars.json")).Replace("\r\n", "\n");
        Assert.True(
            checkedIn == System.Text.Encoding.UTF8.GetString(exported.ToArray()),
            "The sample's catalog differs from what the emulator's account exports. Write it again with: dotnet run --project samples/AccountAvatars -- --export samples/AccountAvatars/account.avatars.json");
    }
}
