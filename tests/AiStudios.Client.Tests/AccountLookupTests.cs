using System.Linq;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>The lookups over loopback HTTP: avatars (both calls), templates, workspaces.</summary>
public sealed class AccountLookupTests : ClientTest
{
    [Fact]
    public async Task GetAvatarsAsync_reads_dropdown_models_with_label_and_avatarType()
    {
        var avatars = await Client.GetAvatarsAsync();

        Assert.Equal(EmulatorAvatarIds, avatars.Select(a => a.Id));
        var emma = avatars.Single(a => a.Id == "M000320746");
        Assert.Equal("Emma", emma.Label);
        Assert.Equal("stock", emma.AvatarType);
        Assert.Equal("custom", avatars.Single(a => a.Id == "M000900001").AvatarType);
        Assert.Empty(emma.AdditionalProperties);
        Assert.Equal(1, Emulator.State.RequestCount("GET", "/dropdown/models"));
    }

    [Fact]
    public async Task GetAvatarModelsAsync_reads_model_with_clothes_labels_and_thumbnails()
    {
        var models = await Client.GetAvatarModelsAsync();

        Assert.Equal(EmulatorAvatarIds, models.Select(m => m.Id));
        var emma = models.Single(m => m.Id == "M000320746");
        Assert.Equal("Emma", emma.Label!.En);
        Assert.Equal(new[] { "BG00007030", "BG00007031" }, emma.Clothes.Select(c => c.Id));
        Assert.Equal("Navy suit", emma.Clothes[0].Label!.ToString());
        Assert.Equal("https", emma.Thumbnail!.Scheme);
        Assert.NotNull(emma.Clothes[1].Thumbnail);
    }

    [Fact]
    public async Task GetBusinessTemplatesAsync_lists_id_and_name()
    {
        var templates = await Client.GetBusinessTemplatesAsync();

        Assert.Equal(Emulator.Options.Templates.Select(t => (t.Id, t.Name)), templates.Select(t => (t.Id, t.Name!)));
    }

    [Fact]
    public async Task GetAutomationTemplatesAsync_posts_the_filters_as_the_samples_do_and_reads_id_name_and_thumbnail()
    {
        var web = await Client.GetAutomationTemplatesAsync("social");
        var mobile = await Client.GetAutomationTemplatesAsync("business", new AutomationTemplateOptions { Orientation = "mobile", FileBackground = true });

        var template = Assert.Single(web);
        Assert.Equal(("auto-social-web", "Social (web)"), (template.Id, template.Name!));
        Assert.Equal("https://cdn.emulator.invalid/templates/auto-social-web.png", template.ThumbnailUrl!.AbsoluteUri);
        Assert.Equal("auto-business-mobile", Assert.Single(mobile).Id);
        Assert.Equal(2, Emulator.State.RequestCount("POST", "/dropdown/templates_automation"));
    }

    [Fact]
    public async Task GetAutomationTemplatesAsync_needs_a_category_and_reports_the_services_refusal()
    {
        Assert.Throws<System.ArgumentException>(() => { _ = Client.GetAutomationTemplatesAsync(" "); });

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.GetAutomationTemplatesAsync("news"));

        Assert.Equal(400, error.Status);
        Assert.Equal("POST /dropdown/templates_automation", error.Endpoint);
    }

    [Fact]
    public async Task GetWorkspacesAsync_lists_workspaceId_and_workspaceName()
    {
        var workspaces = await Client.GetWorkspacesAsync();

        var workspace = Assert.Single(workspaces);
        Assert.Equal(("emulator-workspace", "Emulator workspace"), (workspace.Id, workspace.Name!));
    }

    private static readonly string[] EmulatorAvatarIds = { "M000045058", "M000320746", "M000371017", "M000900001" };
}

/// <summary>Lookup answers of shapes the reference leaves open are read too, and unknown fields kept.</summary>
public sealed class LookupShapeTests
{
    [Fact]
    public async Task A_bare_array_a_localized_label_and_unknown_fields_are_read()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : request.RequestUri!.AbsolutePath.EndsWith("/dropdown/models", System.StringComparison.Ordinal)
                ? StubHandler.Json(System.Net.HttpStatusCode.OK, "{\"success\":true,\"data\":[{\"id\":\"M1\",\"label\":{\"ko\":\"에이\",\"en\":\"A\"},\"avatarType\":\"premium\",\"gender\":\"f\"},{\"id\":42}]}")
                : StubHandler.Json(System.Net.HttpStatusCode.OK, "{\"success\":true,\"data\":{\"list\":[{\"id\":\"t1\",\"name\":\"T\",\"thumbnailUrl\":\"https://x/t.png\"}]}}"));
        using var client = handler.CreateClient();

        var avatars = await client.GetAvatarsAsync();
        var templates = await client.GetBusinessTemplatesAsync();

        Assert.Equal(("M1", "A", "premium"), (avatars[0].Id, avatars[0].Label!, avatars[0].AvatarType!));
        Assert.Equal("f", avatars[0].AdditionalProperties["gender"].GetString());
        Assert.Equal("42", avatars[1].Id);
        Assert.Null(avatars[1].AvatarType);
        Assert.Equal("t1", Assert.Single(templates).Id);
        Assert.Equal("https://x/t.png", templates[0].AdditionalProperties["thumbnailUrl"].GetString());
    }

    [Fact]
    public async Task Automation_templates_send_the_filters_in_the_query_and_the_body_and_keep_unknown_fields()
    {
        System.Net.Http.HttpRequestMessage? seen = null;
        string? body = null;
        var handler = StubHandler.Answering(request =>
        {
            if (StubHandler.IsTokenRequest(request))
            {
                return StubHandler.TokenAnswer();
            }

            seen = request;
            body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            return StubHandler.Json(System.Net.HttpStatusCode.OK, "{\"success\":true,\"data\":[{\"id\":7,\"name\":\"N\",\"thumbnailUrl\":\"/t/7.png\",\"tags\":[\"x\"]}]}");
        });
        using var client = handler.CreateClient();

        var templates = await client.GetAutomationTemplatesAsync("education", new AutomationTemplateOptions { FileBackground = false });

        Assert.Equal("POST", seen!.Method.Method);
        Assert.Equal("?category=education&fileBackground=false", seen.RequestUri!.Query);
        Assert.Equal("{\"category\":\"education\",\"fileBackground\":\"false\"}", body);
        Assert.Equal("7", templates[0].Id);
        Assert.Equal("/t/7.png", templates[0].ThumbnailUrl!.AbsolutePath);
        Assert.Equal("x", templates[0].AdditionalProperties["tags"][0].GetString());
    }

    [Fact]
    public async Task An_answer_without_a_list_is_INVALID_RESPONSE()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(System.Net.HttpStatusCode.OK, "{\"success\":true,\"data\":{\"count\":0}}"));
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.GetAvatarsAsync());

        Assert.Equal(AiStudiosErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Equal("GET /dropdown/models", error.Endpoint);
    }
}
