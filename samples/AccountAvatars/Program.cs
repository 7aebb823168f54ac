using System;
using System.IO;
using System.Linq;
using AiStudios;
using AiStudios.Emulator;
using Avatars = AccountAvatars.Avatars;   // the generated class of account.avatars.json (it lists the SDK's avatars too)

// The avatars of your account as typed constants: account.avatars.json (beside this file) is the account's avatar
// list exported with ExportAvatarCatalogAsync, and the generator makes AccountAvatars.Avatars of it. This sample
// runs against the local emulator, whose account has avatars the SDK's own catalog does not know.
//
//   dotnet run --project samples/AccountAvatars                      # list the account, render with a typed avatar
//   dotnet run --project samples/AccountAvatars -- --export FILE     # write the account's catalog to FILE
await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromSeconds(2), ProgressStep = 25 });
using var client = new AiStudiosClient(new AiStudiosClientOptions
{
    BaseAddress = emulator.BaseAddress,
    AppId = emulator.Credential.AppId,
    UserKey = emulator.Credential.UserKey,
});

int export = Array.IndexOf(args, "--export");
if (export >= 0)
{
    string path = export + 1 < args.Length ? args[export + 1] : "account.avatars.json";
    AvatarCatalogExport written = await client.ExportAvatarCatalogToFileAsync(path, Catalog.ExportOptions);
    Console.WriteLine($"Wrote {written.AvatarIds.Count} avatar(s) to {Path.GetFullPath(path)}: {string.Join(", ", written.AvatarIds)}.");
    if (written.ClothesWithoutGeometry.Count > 0)
    {
        Console.WriteLine($"By their ids alone (no catalog of this build knows their image size or model): {string.Join(", ", written.ClothesWithoutGeometry)}.");
    }

    return 0;
}

foreach (AvatarSummary avatar in await client.GetAvatarsAsync())
{
    Console.WriteLine($"{avatar.Id,-12} {avatar.Label} ({avatar.AvatarType})");
}

// Avatars is AccountAvatars.Avatars, generated from account.avatars.json: the SDK's published avatar and the
// account's own (Emma, known by her ids alone: the builder gives her the published avatar's size and placement).
Project video = Video.Landscape()
    .Name("From the account catalog")
    .Scene(s => s
        .Background("/images/background/bg_blue_gradient.png")
        .Avatar(Avatars.M000045058.BG00002320, a => a.Position(200, 145))
        .Avatar(Avatars.M000320746.BG00007030, a => a.Position(1000, 145))
        .Dialogue(d => d
            .Say(Avatars.M000045058.BG00002320, "Both of us come from my account's catalog.")
            .Say(Avatars.M000320746.BG00007030, "And we take turns.")))
    .Build();

RenderResult result = await client.CreateAndRenderAsync(video, new RenderWaitOptions { DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(250)) });
Console.WriteLine($"Rendered project {result.ProjectId}: {result.DownloadUrl}");
return 0;

/// <summary>How the sample exports its catalog: into this project's namespace.</summary>
internal static class Catalog
{
    public static AvatarCatalogExportOptions ExportOptions => new() { Namespace = "AccountAvatars" };
}
