using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary><see cref="AiStudiosClient.ExportAvatarCatalogAsync"/>: the account's avatars in the generator's catalog format.</summary>
public sealed class AvatarCatalogExportTests : ClientTest
{
    [Fact]
    public async Task By_default_every_avatar_of_the_account_is_written_those_without_geometry_by_their_ids()
    {
        using var buffer = new MemoryStream();

        AvatarCatalogExport export = await Client.ExportAvatarCatalogAsync(buffer);

        // The catalog format makes size, placement and model optional, so all four avatars become typed constants.
        Assert.Equal(new[] { "M000045058", "M000320746", "M000371017", "M000900001" }, export.AvatarIds);
        Assert.Empty(export.SkippedAvatarIds);
        Assert.Equal(new[] { "M000320746/BG00007030", "M000320746/BG00007031", "M000371017/BG00010101", "M000900001/BG00900001" }, export.ClothesWithoutGeometry);
        var catalog = JsonNode.Parse(buffer.ToArray())!.AsObject();
        Assert.Equal(new[] { "avatars" }, catalog.Select(p => p.Key));
        Assert.Equal(new[] { "description", "id" }, catalog["avatars"]![3]!["clothes"]![0]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Without_clothes_that_lack_geometry_only_what_a_compiled_catalog_sizes_is_written_and_the_rest_is_named()
    {
        using var buffer = new MemoryStream();

        AvatarCatalogExport export = await Client.ExportAvatarCatalogAsync(buffer, new AvatarCatalogExportOptions { IncludeClothesWithoutGeometry = false });

        Assert.Equal(new[] { "M000045058" }, export.AvatarIds);
        Assert.Equal(new[] { "M000320746", "M000371017", "M000900001" }, export.SkippedAvatarIds);
        Assert.Equal(4, export.ClothesWithoutGeometry.Count);
        var catalog = JsonNode.Parse(buffer.ToArray())!.AsObject();
        Assert.Equal("M000045058", Assert.Single(catalog["avatars"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_account_is_written_in_the_catalog_format_with_geometry_only_where_a_compiled_catalog_has_it()
    {
        using var buffer = new MemoryStream();

        AvatarCatalogExport export = await Client.ExportAvatarCatalogAsync(buffer, new AvatarCatalogExportOptions { Namespace = "My.Videos", ClassName = "AccountAvatars" });

        Assert.Equal(new[] { "M000045058", "M000320746", "M000371017", "M000900001" }, export.AvatarIds);
        Assert.Empty(export.SkippedAvatarIds);
        Assert.Equal(new[] { "M000320746/BG00007030", "M000320746/BG00007031", "M000371017/BG00010101", "M000900001/BG00900001" }, export.ClothesWithoutGeometry);

        string text = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        var catalog = JsonNode.Parse(text)!;
        Assert.Equal(("My.Videos", "AccountAvatars"), (catalog["namespace"]!.GetValue<string>(), catalog["className"]!.GetValue<string>()));
        var emma = catalog["avatars"]![1]!;
        Assert.Equal(("M000320746", "Emma (stock)", "BG00007030"), (emma["id"]!.GetValue<string>(), emma["description"]!.GetValue<string>(), emma["defaultClothes"]!.GetValue<string>()));
        Assert.Equal(new[] { "description", "id" }, emma["clothes"]![1]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal("Beige blouse", emma["clothes"]![1]!["description"]!.GetValue<string>());

        // The published avatar keeps what the SDK's catalog knows of it, number for number.
        var published = catalog["avatars"]![0]!["clothes"]![0]!;
        Assert.Equal(679, published["width"]!.GetValue<double>());
        Assert.Equal(2229, published["height"]!.GetValue<double>());
        Assert.Equal("144.5979042385424", published["placement"]!["landscape"]!["top"]!.ToJsonString());
        Assert.Equal("0.3", published["model"]!["editor"]!["scale"]!.ToJsonString());
        Assert.Null(published["model"]!["ai_name"]);
    }

    [Fact]
    public async Task Export_to_a_file_replaces_it_whole_and_a_failure_leaves_the_old_one()
    {
        string folder = Path.Combine(Path.GetTempPath(), "aistudios-client-tests", Guid.NewGuid().ToString("N"));
        string path = Path.Combine(folder, "account.avatars.json");
        try
        {
            await Client.ExportAvatarCatalogToFileAsync(path);
            string first = await File.ReadAllTextAsync(path);
            Emulator.Faults.Enqueue("/model", "500", count: 10, method: "GET");

            await Assert.ThrowsAsync<AiStudiosException>(() => Client.ExportAvatarCatalogToFileAsync(path));

            Assert.Equal(first, await File.ReadAllTextAsync(path));
            Assert.Equal(new[] { path }, Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>The export against a service that no longer has the legacy <c>GET /model</c>.</summary>
public sealed class AvatarCatalogExportWithoutModelTests
{
    [Fact]
    public async Task Without_GET_model_nothing_is_written_and_the_error_says_why_and_names_the_accounts_avatars()
    {
        var handler = StubHandler.Answering(request =>
        {
            string path = request.RequestUri!.AbsolutePath;
            return StubHandler.IsTokenRequest(request) ? StubHandler.TokenAnswer()
                : path.EndsWith("/dropdown/models", StringComparison.Ordinal) ? StubHandler.Json(System.Net.HttpStatusCode.OK, "{\"success\":true,\"data\":[{\"id\":\"M000320746\",\"label\":\"Emma\"},{\"id\":\"M000371017\",\"label\":\"Daniel\"}]}")
                : StubHandler.Json(System.Net.HttpStatusCode.NotFound, "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"msg\":\"no such page\"}}");
        });
        using var client = handler.CreateClient();
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ExportAvatarCatalogAsync(destination));

        Assert.Equal(0, destination.Length);
        Assert.Equal(404, error.Status);
        Assert.Equal("NOT_FOUND", error.ErrorCode);
        Assert.Equal("GET /model", error.Endpoint);
        Assert.Contains("No avatar catalog was written: the service does not list avatars' clothes (GET /model answered 404)", error.Message, StringComparison.Ordinal);
        Assert.Contains("The account's avatars (GET /dropdown/models): M000320746, M000371017.", error.Message, StringComparison.Ordinal);
        Assert.IsType<AiStudiosException>(error.InnerException);
    }
}
