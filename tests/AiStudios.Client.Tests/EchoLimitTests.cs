using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>
/// Text the service sends (an error message, a code, details, a content type, a render state) lands in exception
/// messages and log lines only capped in length (its first characters and its full length) and with control
/// characters escaped, so a 20 MB message cannot become a 20 MB exception and a newline cannot forge a log line.
/// </summary>
public sealed class EchoLimitTests
{
    private const int Huge = 20 * 1024 * 1024;

    [Fact]
    public async Task A_20_MB_error_message_is_not_copied_whole_into_the_exception()
    {
        string message = "Quota exceeded: " + new string('x', Huge);
        var handler = Answering(HttpStatusCode.BadRequest, "{\"success\":false,\"error\":{\"code\":\"QUOTA\",\"msg\":\"" + message + "\"}}");
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.True(error.Message.Length < 1000, $"message of {error.Message.Length} characters");
        Assert.StartsWith("Quota exceeded: xxx", error.ServiceMessage, StringComparison.Ordinal);
        Assert.True(error.ServiceMessage!.Length < 1000, $"ServiceMessage of {error.ServiceMessage.Length} characters");
        Assert.Contains(message.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters", error.Message, StringComparison.Ordinal);
        Assert.Equal("QUOTA", error.ErrorCode);
    }

    [Fact]
    public async Task A_huge_error_code_and_huge_details_are_capped_too()
    {
        string code = new string('C', 100_000);
        string details = string.Join(",", Enumerable.Range(0, 100_000).Select(i => "{\"path\":\"/scenes/" + i + "\",\"message\":\"" + new string('m', 50) + "\"}"));
        string bigDetail = "\"" + new string('d', 1_000_000) + "\"";
        var handler = Answering(HttpStatusCode.BadRequest, "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"msg\":\"bad\",\"details\":[" + bigDetail + "," + details + "]}}");
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.True(error.Message.Length < 5000, $"message of {error.Message.Length} characters");
        Assert.True(error.ErrorCode!.Length < 1000, $"ErrorCode of {error.ErrorCode.Length} characters");
        Assert.True(error.Details.Count <= 101, $"{error.Details.Count} details kept");
        Assert.All(error.Details, line => Assert.True(line.Length < 1000, $"a detail of {line.Length} characters"));
        Assert.True(error.Details[0].Length < 1000);
    }

    [Fact]
    public async Task Control_characters_in_the_services_message_are_escaped_in_the_exception_message()
    {
        var handler = Answering(HttpStatusCode.BadRequest, "{\"success\":false,\"error\":{\"code\":\"E\\nX\",\"msg\":\"line one\\r\\nFORGED: line two\\u001b[31m\"}}");
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error.Message, StringComparison.Ordinal);
        Assert.Contains("line one\\r\\nFORGED: line two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_content_type_of_an_unreadable_answer_is_capped()
    {
        var handler = StubHandler.Answering(request =>
        {
            if (StubHandler.IsTokenRequest(request))
            {
                return StubHandler.TokenAnswer();
            }

            var content = new ByteArrayContent(Encoding.UTF8.GetBytes("not json"));
            content.Headers.TryAddWithoutValidation("Content-Type", "text/plain; x=" + new string('y', 100_000));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = handler.CreateClient(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, $"message of {error.Message.Length} characters");
    }

    [Fact]
    public async Task A_failed_token_request_with_a_huge_message_logs_a_capped_single_line()
    {
        var log = new CapturingLogger();
        var handler = StubHandler.Answering(_ => StubHandler.Json(
            HttpStatusCode.Unauthorized,
            "{\"success\":false,\"error\":{\"code\":\"INVALID_CREDENTIALS\",\"msg\":\"no\\nFORGED " + new string('z', Huge) + "\"}}"));
        using var client = handler.CreateClient(logger: log);

        await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.NotEmpty(log.Lines);
        Assert.All(log.Lines, line =>
        {
            Assert.True(line.Length < 5000, $"a log line of {line.Length} characters");
            Assert.DoesNotContain("\nFORGED", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_render_state_from_the_service_reaches_the_log_capped_and_on_one_line()
    {
        var log = new CapturingLogger();
        string state = "exporting\nFORGED " + new string('s', 100_000);
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"progress\":100,\"state\":" + System.Text.Json.JsonSerializer.Serialize(state) + ",\"downloadUrl\":\"https://cdn.example/v.mp4\"}}"));
        using var client = handler.CreateClient(logger: log);

        await client.WaitForRenderAsync("p1");

        string progressLine = Assert.Single(log.Lines, line => line.Contains("RenderProgress", StringComparison.Ordinal));
        Assert.True(progressLine.Length < 5000, $"a log line of {progressLine.Length} characters");
        Assert.DoesNotContain("\nFORGED", progressLine, StringComparison.Ordinal);
    }

    private static StubHandler Answering(HttpStatusCode status, string body) =>
        StubHandler.Answering(request => StubHandler.IsTokenRequest(request) ? StubHandler.TokenAnswer() : StubHandler.Json(status, body));
}
