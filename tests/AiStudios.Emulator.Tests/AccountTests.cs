using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>The account's avatars and templates: <c>GET /dropdown/models</c>, <c>GET /model</c>, <c>/dropdown/templates_business</c>.</summary>
public sealed class AccountTests : EmulatorTest
{
    [Fact]
    public async Task Dropdown_models_lists_the_default_account_with_avatarType_and_no_clothes()
    {
        var token = await TokenAsync();

        var models = (await GetAsync("dropdown/models", token)).Data["models"]!.AsArray();

        Assert.Equal(
            new[] { "M000045058:stock", "M000320746:stock", "M000371017:stock", "M000900001:custom" },
            models.Select(m => m!["id"]!.GetValue<string>() + ":" + m["avatarType"]!.GetValue<string>()));
        Assert.All(models, m => Assert.False(string.IsNullOrEmpty(m!["label"]!.GetValue<string>())));
        Assert.All(models, m => Assert.Null(m!["clothes"]));
    }

    [Fact]
    public async Task Model_lists_every_account_avatar_with_its_clothes_and_the_simple_calls_accept_them()
    {
        var token = await TokenAsync();

        var models = (await GetAsync("model", token)).Data["models"]!.AsArray();
        var emma = models.Single(m => m!["id"]!.GetValue<string>() == "M000320746")!;
        Assert.Equal(new[] { "BG00007030", "BG00007031" }, emma["clothes"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal("Emma", emma["label"]!["en"]!.GetValue<string>());
        Assert.Contains("M000320746_BG00007030", emma["thumbnail"]!.GetValue<string>());

        var video = await PostAsync("simple/video", new JsonObject { ["language"] = "en", ["text"] = "Hi.", ["model"] = "M000320746", ["clothes"] = "BG00007031" }, token);
        Assert.Equal(HttpStatusCode.OK, video.Status);
        var clip = (await GetProjectAsync(token, video.Data["projectId"]!.GetValue<string>()))["scenes"]![0]!["clips"]![0]!;
        Assert.Equal("M000320746", clip["model"]!["ai_name"]!.GetValue<string>());
        Assert.Equal("BG00007031", clip["model"]!["emotion"]!.GetValue<string>());
        Assert.Contains("M000320746_BG00007031", clip["model"]!["source_url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Templates_business_lists_the_default_templates()
    {
        var token = await TokenAsync();

        var templates = (await GetAsync("dropdown/templates_business", token)).Data["templates"]!.AsArray();

        Assert.Equal(EmulatorTemplate.Defaults.Select(t => t.Id + ":" + t.Name), templates.Select(t => t!["id"]!.GetValue<string>() + ":" + t["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Templates_automation_filters_by_category_and_orientation_from_the_query_or_the_body_by_GET_or_POST()
    {
        var token = await TokenAsync();

        var posted = await PostAsync("dropdown/templates_automation?category=education&orientation=mobile&fileBackground=true", null, token);
        var fromBody = await PostAsync("dropdown/templates_automation", new JsonObject { ["category"] = "social" }, token);
        var got = await GetAsync("dropdown/templates_automation?category=business", token);

        var template = Assert.Single(posted.Data["templates"]!.AsArray())!;
        Assert.Equal(new[] { "id", "name", "thumbnailUrl" }, template.AsObject().Select(p => p.Key));
        Assert.Equal("auto-education-mobile", template["id"]!.GetValue<string>());
        Assert.Equal("auto-social-web", fromBody.Data["templates"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("auto-business-web", got.Data["templates"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("dropdown/templates_automation")]
    [InlineData("dropdown/templates_automation?category=news")]
    [InlineData("dropdown/templates_automation?category=social&orientation=square")]
    [InlineData("dropdown/templates_automation?category=social&fileBackground=yes")]
    public async Task Templates_automation_refuses_filters_outside_the_documented_values(string path)
    {
        var token = await TokenAsync();

        var response = await PostAsync(path, null, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.ErrorCode);
    }

    [Fact]
    public async Task The_lookups_need_a_token()
    {
        foreach (var path in new[] { "dropdown/models", "dropdown/templates_business", "model" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(path)).Status);
        }
    }
}

/// <summary>An account configured through options replaces the default one.</summary>
public sealed class ConfiguredAccountTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions()
    {
        var options = TestOptions.Fast();
        options.Avatars.Add(new EmulatorAvatar("M000111111", "Ann", "stock", [new EmulatorClothes("BG00111111", "Red")]));
        options.Templates.Add(new EmulatorTemplate("tpl-1", "Mine"));
        return options;
    }

    [Fact]
    public async Task Configured_avatars_and_templates_are_served_and_the_defaults_are_not()
    {
        var token = await TokenAsync();

        var models = (await GetAsync("dropdown/models", token)).Data["models"]!.AsArray();
        var templates = (await GetAsync("dropdown/templates_business", token)).Data["templates"]!.AsArray();
        var video = await PostAsync("simple/video", new JsonObject { ["language"] = "en", ["text"] = "Hi.", ["model"] = "M000045058", ["clothes"] = "BG00002320" }, token);

        Assert.Equal("M000111111", Assert.Single(models)!["id"]!.GetValue<string>());
        Assert.Equal("tpl-1", Assert.Single(templates)!["id"]!.GetValue<string>());
        Assert.Equal("INVALID_MODEL", video.ErrorCode);
        Assert.Contains("M000111111", video.Json["error"]!["msg"]!.GetValue<string>());
    }

    [Fact]
    public void Avatars_and_templates_are_read_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Emulator:Avatars:0:Id"] = "M000222222",
            ["Emulator:Avatars:0:Label"] = "Bo",
            ["Emulator:Avatars:0:AvatarType"] = "custom",
            ["Emulator:Avatars:0:Clothes:0:Id"] = "BG00222222",
            ["Emulator:Avatars:0:Clothes:1:Id"] = "BG00222223",
            ["Emulator:Avatars:0:Clothes:1:Label"] = "Blue",
            ["Emulator:Templates:0:Id"] = "t-9",
            ["Emulator:Templates:0:Name"] = "Nine",
            ["Emulator:QueueDelay"] = "2m",
        }).Build();

        var options = EmulatorOptions.FromConfiguration(configuration);

        var avatar = Assert.Single(options.Avatars);
        Assert.Equal(("M000222222", "Bo", "custom"), (avatar.Id, avatar.Label, avatar.AvatarType));
        Assert.Equal(new[] { "BG00222222:BG00222222", "BG00222223:Blue" }, avatar.Clothes.Select(c => c.Id + ":" + c.Label));
        Assert.Equal(new EmulatorTemplate("t-9", "Nine"), Assert.Single(options.Templates));
        Assert.Equal(System.TimeSpan.FromMinutes(2), options.QueueDelay);
    }

    [Theory]
    [InlineData("", "BG1")]
    [InlineData("M1", "")]
    public async Task An_avatar_without_an_id_or_clothes_is_refused_at_start(string id, string clothes)
    {
        var options = TestOptions.Fast();
        options.Avatars.Add(new EmulatorAvatar(id, "x", "stock", clothes.Length == 0 ? [] : [new EmulatorClothes(clothes, "c")]));

        await Assert.ThrowsAsync<System.ArgumentException>(() => EmulatorServer.StartAsync(options));
    }
}
