using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AiStudios.Emulator;
using AiStudios.Testing;
using AiStudios.Webhooks;

namespace AiStudios.AspNetCore.Tests;

public class WebhookEndpointTests
{
    private const string Completed = "{\"progress\": 100, \"backendTaskId\": \"task-1\", \"credit\": 2, \"download_url\": \"https://cdn.example.com/v.mp4\", \"extra\": {\"a\": 1}}";

    private static async Task<(HttpStatusCode Status, string Body)> Post(WebhookReceiver receiver, Uri url, string body, bool chunked = false)
    {
        HttpContent content = chunked
            ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)))
            : new StringContent(body, Encoding.UTF8, "application/json");
        if (chunked)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        using HttpResponseMessage response = await receiver.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_render_on_the_emulator_reaches_the_handler_as_typed_events()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromMilliseconds(600), ProgressStep = 25 });
        using var client = new AiStudiosClient(new AiStudiosClientOptions { BaseAddress = emulator.BaseAddress, AppId = emulator.Credential.AppId, UserKey = emulator.Credential.UserKey });
        Project project = Project.FromJson(File.ReadAllBytes(RepoPaths.SeedProject));
        project.WebhookUrl = receiver.Url("?order=42").AbsoluteUri;

        CreatedProject created = await client.CreateProjectAsync(project);
        await client.WaitForRenderAsync(created.ProjectId, new RenderWaitOptions { DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(50)) });
        for (int i = 0; i < 100 && !receiver.Events.Any(e => e.Kind == RenderWebhookKind.Completed); i++)
        {
            await Task.Delay(50);
        }

        var completed = Assert.Single(receiver.Events, e => e.Kind == RenderWebhookKind.Completed);
        var webhook = Assert.IsType<RenderCompletedWebhook>(completed.Webhook);
        Assert.Equal(emulator.State.FindProject(created.ProjectId)!.DownloadUrl, webhook.DownloadUrl!.AbsoluteUri);
        Assert.Equal(1, webhook.Credit);
        Assert.Equal("42", completed.Parameters["order"]);
        Assert.False(completed.Parameters.ContainsKey("token"));
        Assert.Contains(receiver.Events, e => e.Webhook is RenderProgressWebhook);
        Assert.Equal(0, emulator.State.WebhooksFailed);
    }

    [Fact]
    public async Task A_failed_render_arrives_in_the_emulators_failure_shape()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromMilliseconds(600), ProgressStep = 25 });
        emulator.Faults.Enqueue("/editor/project", "fail-render=50", count: 1, method: "POST");
        using var client = new AiStudiosClient(new AiStudiosClientOptions { BaseAddress = emulator.BaseAddress, AppId = emulator.Credential.AppId, UserKey = emulator.Credential.UserKey });
        Project project = Project.FromJson(File.ReadAllBytes(RepoPaths.SeedProject));
        project.WebhookUrl = receiver.Url().AbsoluteUri;

        await client.CreateProjectAsync(project);
        for (int i = 0; i < 100 && !receiver.Events.Any(e => e.Kind == RenderWebhookKind.Failed); i++)
        {
            await Task.Delay(50);
        }

        var failed = Assert.IsType<RenderFailedWebhook>(Assert.Single(receiver.Events, e => e.Kind == RenderWebhookKind.Failed).Webhook);
        Assert.Equal("failed", failed.State);
    }

    [Fact]
    public async Task A_repeated_delivery_is_answered_without_calling_the_handler_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        Uri url = receiver.Url("?order=7");

        var first = await Post(receiver, url, Completed);
        var repeat = await Post(receiver, url, Completed);

        Assert.Equal((HttpStatusCode.OK, "{\"success\":true,\"duplicate\":false}"), first);
        Assert.Equal((HttpStatusCode.OK, "{\"success\":true,\"duplicate\":true}"), repeat);
        var only = Assert.Single(receiver.Events);
        Assert.True(only.Webhook.AdditionalProperties.ContainsKey("extra"));
    }

    [Fact]
    public async Task A_handler_failure_is_a_500_and_the_repeat_runs_the_handler()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        Uri url = receiver.Url();
        receiver.FailNext = 1;

        var failed = await Post(receiver, url, Completed);
        var again = await Post(receiver, url, Completed);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Contains("HANDLER_FAILED", failed.Body);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Single(receiver.Events);
    }

    [Fact]
    public async Task Forged_calls_are_refused_before_the_body_is_read()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        Uri good = receiver.Url("?order=7");
        string query = good.Query;

        var noToken = await Post(receiver, new Uri(receiver.Root, "/hooks/aistudios?order=7"), Completed);
        var wrongToken = await Post(receiver, new Uri(receiver.Root, "/hooks/aistudios?order=7&token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), Completed);
        var otherOrder = await Post(receiver, new Uri(receiver.Root, "/hooks/aistudios" + query.Replace("order=7", "order=8")), Completed);
        var garbage = await Post(receiver, new Uri(receiver.Root, "/hooks/aistudios?token=%00%01!!"), Completed);

        Assert.All(new[] { noToken, wrongToken, otherOrder, garbage }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.Status));
        Assert.Contains("\"code\":\"UNAUTHORIZED\"", noToken.Body);
        Assert.DoesNotContain(WebhookReceiver.Secret, noToken.Body);
        Assert.Empty(receiver.Events);
    }

    [Fact]
    public async Task During_a_rotation_urls_made_with_the_previous_secret_are_accepted()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.Secret, WebhookReceiver.OldSecret);
        var before = new AiStudiosWebhookOptions();
        before.Secrets.Add(WebhookReceiver.OldSecret);
        Uri oldUrl = WebhookUrls.Create(new Uri(receiver.Root, "/hooks/aistudios?order=1"), before);
        var stranger = new AiStudiosWebhookOptions();
        stranger.Secrets.Add("someone-elses-secret-0123456789");
        Uri strangerUrl = WebhookUrls.Create(new Uri(receiver.Root, "/hooks/aistudios?order=1"), stranger);

        Assert.Equal(HttpStatusCode.OK, (await Post(receiver, oldUrl, Completed)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(receiver, strangerUrl, Completed)).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_cap_is_413_with_or_without_a_length(bool chunked)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        string big = "{\"progress\": 5, \"backendTaskId\": \"t\", \"pad\": \"" + new string('x', 10_000) + "\"}";

        var result = await Post(receiver, receiver.Url(), big, chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Empty(receiver.Events);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"progress\": 10,}")]
    [InlineData("{\"backendTaskId\": \"t\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task Bad_bodies_with_a_valid_token_are_400_with_the_envelope_never_500(string body)
    {
        await using var receiver = await WebhookReceiver.StartAsync();

        var result = await Post(receiver, receiver.Url(), body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith("{\"success\":false,\"error\":{\"code\":\"INVALID_WEBHOOK\",\"msg\":\"The body is not a render webhook: ", result.Body);
        Assert.Empty(receiver.Events);
    }

    [Fact]
    public void Options_without_a_usable_secret_are_refused_and_never_shown()
    {
        var options = new AiStudiosWebhookOptions();
        Assert.Throws<InvalidOperationException>(() => WebhookUrls.Create(new Uri("https://h.example/x"), options));
        options.Secrets.Add("short");
        Assert.Contains("shorter than 16", Assert.Throws<InvalidOperationException>(() => WebhookUrls.Create(new Uri("https://h.example/x"), options)).Message);
        options.Secrets[0] = WebhookReceiver.Secret;
        Assert.DoesNotContain(WebhookReceiver.Secret, options.ToString());
        Assert.DoesNotContain(WebhookReceiver.Secret, WebhookUrls.Create(new Uri("https://h.example/x?a=1"), options).AbsoluteUri);
    }
}
