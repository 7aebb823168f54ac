using System;
using System.Linq;
using System.Text;
using AiStudios.Webhooks;

namespace AiStudios.Client.Tests.Webhooks;

/// <summary><see cref="RenderWebhook.Parse"/>: the documented fields typed, the rest kept, bad bodies reported with their position.</summary>
public sealed class RenderWebhookParserTests
{
    [Fact]
    public void The_documented_completion_is_a_completed_webhook_with_link_and_credit()
    {
        var webhook = Assert.IsType<RenderCompletedWebhook>(Parse("{\"progress\": 100, \"backendTaskId\": \"t-1\", \"credit\": 2, \"download_url\": \"https://example.com/v.mp4\"}"));

        Assert.Equal(RenderWebhookKind.Completed, webhook.Kind);
        Assert.Equal(100, webhook.Progress);
        Assert.Equal("t-1", webhook.BackendTaskId);
        Assert.Equal(2, webhook.Credit);
        Assert.Equal(new Uri("https://example.com/v.mp4"), webhook.DownloadUrl);
        Assert.Empty(webhook.AdditionalProperties);
        Assert.True(webhook.IsFinal);
        Assert.Equal("t-1:100", webhook.DeduplicationKey);
    }

    [Fact]
    public void Progress_below_100_is_a_progress_webhook_and_unknown_fields_are_kept()
    {
        var webhook = Assert.IsType<RenderProgressWebhook>(Parse("{\"backendTaskId\":\"t-1\",\"progress\":45,\"projectId\":\"p1\",\"nested\":{\"a\":[1,2]}}"));

        Assert.Equal(45, webhook.Progress);
        Assert.False(webhook.IsFinal);
        Assert.Equal(new[] { "nested", "projectId" }, webhook.AdditionalProperties.Keys.Order());
        Assert.Equal("p1", webhook.AdditionalProperties["projectId"].GetString());
        Assert.Equal("{\"a\":[1,2]}", webhook.AdditionalProperties["nested"].GetRawText());
    }

    [Fact]
    public void The_emulators_failure_shape_is_a_failed_webhook()
    {
        var webhook = Assert.IsType<RenderFailedWebhook>(Parse("{\"progress\":30,\"backendTaskId\":\"t\",\"state\":\"failed\",\"error\":{\"code\":\"RENDER_FAILED\",\"msg\":\"It broke.\"}}"));

        Assert.Equal(("failed", "RENDER_FAILED", "It broke."), (webhook.State, webhook.ErrorCode, webhook.Message));
        Assert.True(webhook.IsFinal);
        Assert.Equal(30, webhook.Progress);
        Assert.Equal("t:30:failed", webhook.DeduplicationKey);
    }

    [Fact]
    public void Values_of_undocumented_types_are_kept_raw_and_numbers_are_not_changed()
    {
        var webhook = Assert.IsType<RenderCompletedWebhook>(Parse("{\"progress\":\"100\",\"backendTaskId\":7,\"credit\":1.5,\"download_url\":\"file:///etc/passwd\"}"));

        Assert.Equal("7", webhook.BackendTaskId);
        Assert.Null(webhook.Credit);
        Assert.Equal("1.5", webhook.AdditionalProperties["credit"].GetRawText());
        Assert.Null(webhook.DownloadUrl);
        Assert.Equal("file:///etc/passwd", webhook.AdditionalProperties["download_url"].GetString());
        Assert.Equal(45.5, Parse("{\"progress\":45.5}").Progress);
    }

    [Fact]
    public void A_body_in_the_APIs_envelope_is_read_from_data()
    {
        var webhook = Parse("{\"success\":true,\"data\":{\"progress\":100,\"backendTaskId\":\"t\",\"download_url\":\"https://x/v.mp4\"}}");

        Assert.True(webhook.WasEnveloped);
        Assert.Equal(new Uri("https://x/v.mp4"), Assert.IsType<RenderCompletedWebhook>(webhook).DownloadUrl);
    }

    [Theory]
    [InlineData("", "The body is empty", "$", 1, 1)]
    [InlineData(" \r\n", "The body is empty", "$", 1, 1)]
    [InlineData("[1]", "is a JSON object, not an array", "$", 1, 1)]
    [InlineData("{\"backendTaskId\":\"t\"}", "has no \"progress\"", "$", 1, 1)]
    [InlineData("{\n  \"progress\": true\n}", "must be a number", "$.progress", 2, 15)]
    [InlineData("{\"progress\": 5,}", "not valid JSON", "$", 1, 16)]
    [InlineData("{\"progress\": 5} x", "not valid JSON", "$", 1, 17)]
    [InlineData("{\"progress\": 5, \"progress\": 6}", "appears twice", "$.progress", 1, 29)]
    [InlineData("{\"success\":true,\"data\":{\"progress\":null}}", "must be a number", "$.data.progress", 1, 36)]
    public void A_body_that_is_not_a_render_webhook_is_an_error_with_its_position(string body, string message, string path, long line, long column)
    {
        var result = RenderWebhook.Parse(Encoding.UTF8.GetBytes(body));

        Assert.False(result.IsSuccess);
        Assert.Null(result.Webhook);
        Assert.Contains(message, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(path, result.Error.Path);
        Assert.Equal((line, column), (result.Error.LineNumber, result.Error.Column));
        Assert.Contains($"line {line}, column {column}", result.Error.ToString(), StringComparison.Ordinal);
        Assert.False(RenderWebhook.TryParse(Encoding.UTF8.GetBytes(body), out _, out var error));
        Assert.Equal(result.Error.Message, error!.Message);
    }

    [Fact]
    public void Parse_never_throws_whatever_the_bytes()
    {
        var random = new Random(20261130);
        byte[] seed = Encoding.UTF8.GetBytes("{\"progress\": 100, \"backendTaskId\": \"t-1\", \"credit\": 2, \"download_url\": \"https://example.com/v.mp4\", \"x\": [{\"y\": \"\\u00e9\"}]}");
        for (int i = 0; i < 5000; i++)
        {
            byte[] bytes = (byte[])seed.Clone();
            int changes = random.Next(1, 6);
            for (int c = 0; c < changes; c++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            byte[] cut = bytes.Take(random.Next(bytes.Length + 1)).ToArray();
            var result = RenderWebhook.Parse(cut);
            Assert.True(result.IsSuccess ^ (result.Error is not null));
            if (result.Error is { } error)
            {
                Assert.InRange(error.BytePosition, 0, cut.Length);
            }
        }

        Assert.False(RenderWebhook.Parse(Encoding.UTF8.GetBytes(new string('[', 10_000))).IsSuccess);
    }

    private static RenderWebhook Parse(string json)
    {
        var result = RenderWebhook.Parse(Encoding.UTF8.GetBytes(json));
        Assert.True(result.IsSuccess, result.ToString());
        return result.Webhook!;
    }
}
