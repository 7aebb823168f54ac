using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>
/// Answers the emulator does not give, through a fake transport: every bad body becomes a clear
/// <see cref="AiStudiosException"/>, never a hang and never a <see cref="NullReferenceException"/>.
/// </summary>
public sealed class EnvelopeTests
{
    public static TheoryData<string, HttpStatusCode, string, string, string> BadAnswers() => new()
    {
        // name, status, content type, body, a phrase the message must hold
        { "empty 200", HttpStatusCode.OK, "application/json", "", "empty body" },
        { "whitespace 200", HttpStatusCode.OK, "application/json", "  \n ", "empty body" },
        { "html 200", HttpStatusCode.OK, "text/html", "<html><head><title>Login</title></head></html>", "HTML page (\"Login\")" },
        { "html without type", HttpStatusCode.BadGateway, "text/plain", "<!doctype html><p>oops</p>", "HTML page" },
        { "truncated", HttpStatusCode.OK, "application/json", "{\"success\": true, \"data\": {\"proj", "ends before its JSON does" },
        { "not json", HttpStatusCode.OK, "text/plain", "OK", "not valid JSON" },
        { "json array", HttpStatusCode.OK, "application/json", "[1,2,3]", "not the expected envelope" },
        { "json string", HttpStatusCode.OK, "application/json", "\"ok\"", "not the expected envelope" },
        { "no success field", HttpStatusCode.OK, "application/json", "{\"data\": {}}", "not the expected envelope" },
        { "success not bool", HttpStatusCode.OK, "application/json", "{\"success\": \"true\", \"data\": {}}", "not the expected envelope" },
        { "success false with 200", HttpStatusCode.OK, "application/json", "{\"success\": false, \"error\": {\"code\": \"E42\", \"msg\": \"no credits\"}}", "E42: no credits" },
        { "success false without error", HttpStatusCode.OK, "application/json", "{\"success\": false}", "success: false" },
        { "error as string", HttpStatusCode.BadRequest, "application/json", "{\"success\": false, \"error\": \"bad thing\"}", "bad thing" },
        { "numeric code", HttpStatusCode.BadRequest, "application/json", "{\"success\": false, \"error\": {\"code\": 4001, \"msg\": \"bad\"}}", "4001: bad" },
        { "success true with 500", HttpStatusCode.InternalServerError, "application/json", "{\"success\": true, \"data\": {}}", "although its envelope says success" },
        { "other error json", HttpStatusCode.BadRequest, "application/json", "{\"message\": \"Validation failed\"}", "Validation failed" },
        { "data missing", HttpStatusCode.OK, "application/json", "{\"success\": true}", "expected shape" },
        { "data null", HttpStatusCode.OK, "application/json", "{\"success\": true, \"data\": null}", "expected shape" },
        { "data wrong type", HttpStatusCode.OK, "application/json", "{\"success\": true, \"data\": [\"x\"]}", "expected shape" },
        { "fields wrong type", HttpStatusCode.OK, "application/json", "{\"success\": true, \"data\": {\"projectId\": {}, \"progress\": \"soon\", \"project\": 1, \"deletedCount\": true, \"models\": 3, \"isAuthenticated\": 1}}", "expected shape" },
        { "project not a project", HttpStatusCode.OK, "application/json", "{\"success\": true, \"data\": {\"project\": {\"_id\": \"x\", \"scenes\": 5}}}", "expected shape" },
        { "deep nesting", HttpStatusCode.OK, "application/json", new string('[', 300) + new string(']', 300), "not valid JSON" },
        { "invalid utf8", HttpStatusCode.OK, "application/json", "{\"success\": true, \"data\": {\"projectId\": \"\udcff\"}}", "" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Every_call_turns_a_bad_answer_into_an_AiStudiosException(string name, HttpStatusCode status, string contentType, string body, string phrase)
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(status, body, contentType));
        using var client = handler.CreateClient(o => o.Retry.MaxRetries = 0);

        foreach (var (call, run) in Calls(client))
        {
            Exception? thrown = await Record.ExceptionAsync(run);

            if (name is "fields wrong type" or "project not a project" or "invalid utf8" && thrown is null)
            {
                // Lenient readers may accept a shape for one call that is wrong for another; they must never crash.
                continue;
            }

            var error = Assert.IsType<AiStudiosException>(thrown);
            Assert.Contains(phrase, error.Message, StringComparison.Ordinal);
            Assert.Equal((int)status, error.Status);
            Assert.StartsWith(call, error.Endpoint!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_request_id_header_is_carried_into_the_exception()
    {
        var handler = StubHandler.Answering(request =>
        {
            if (StubHandler.IsTokenRequest(request))
            {
                return StubHandler.TokenAnswer();
            }

            var answer = StubHandler.Json(HttpStatusCode.NotFound, "{\"success\": false, \"error\": {\"code\": \"NOT_FOUND\", \"msg\": \"gone\"}}");
            answer.Headers.Add("x-request-id", "req-123");
            return answer;
        });
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.GetProjectAsync("p1"));

        Assert.Equal("req-123", error.RequestId);
        Assert.Contains("request id req-123", error.Message, StringComparison.Ordinal);
        Assert.Equal("gone", error.ServiceMessage);
    }

    [Fact]
    public async Task Error_details_are_listed()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.BadRequest, "{\"success\": false, \"error\": {\"code\": \"INVALID_PROJECT\", \"msg\": \"bad\", \"details\": [{\"path\": \"/scenes/0\", \"message\": \"sceneIdx is required\"}, \"plain\"]}}"));
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Equal(new[] { "/scenes/0: sceneIdx is required", "plain" }, error.Details);
        Assert.Contains("/scenes/0: sceneIdx is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_that_never_comes_times_out_instead_of_hanging()
    {
        var handler = new StubHandler(async (request, _) =>
        {
            if (StubHandler.IsTokenRequest(request))
            {
                return StubHandler.TokenAnswer();
            }

            await Task.Delay(Timeout.Infinite, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            throw new InvalidOperationException("unreachable");
        });
        using var client = handler.CreateClient(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(100);
            o.Retry.MaxRetries = 1;
        });

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync()).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(AiStudiosErrorCodes.Timeout, error.ErrorCode);
    }

    [Fact]
    public async Task A_body_that_stops_midway_times_out_instead_of_hanging()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream("{\"success\": true, \"da"u8.ToArray())) });
        using var client = handler.CreateClient(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.Retry.MaxRetries = 0;
        });

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync()).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(AiStudiosErrorCodes.Timeout, error.ErrorCode);
        Assert.Equal(200, error.Status == 0 ? 200 : error.Status);
    }

    [Fact]
    public async Task A_connection_dropped_while_reading_becomes_connection_failed()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream()) });
        using var client = handler.CreateClient(o => o.Retry.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Equal(AiStudiosErrorCodes.ConnectionFailed, error.ErrorCode);
        Assert.Contains("dropped", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + 3, handler.Calls);
    }

    [Fact]
    public async Task An_empty_token_is_refused_clearly()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Json(HttpStatusCode.OK, "{\"success\": true, \"data\": {\"token\": \"\"}}"));
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Equal("POST /auth/token", error.Endpoint);
        Assert.Contains("token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lenient_shapes_of_undocumented_answers_are_read()
    {
        var handler = StubHandler.Answering(request =>
        {
            string path = request.RequestUri!.AbsolutePath;
            return StubHandler.IsTokenRequest(request) ? StubHandler.TokenAnswer()
                : path.EndsWith("/dropdown/workspaces", StringComparison.Ordinal) ? StubHandler.Json(HttpStatusCode.OK, "{\"success\": true, \"data\": {\"workspaceId\": \"w1\", \"workspaceName\": \"Main\"}}")
                : path.EndsWith("/editor/project", StringComparison.Ordinal) ? StubHandler.Json(HttpStatusCode.OK, "{\"success\": true, \"data\": [{\"_id\": 42, \"name\": \"n\", \"state\": \"exported\", \"download_url\": \"/files/42.mp4\"}]}")
                : StubHandler.Json(HttpStatusCode.OK, "{\"success\": true, \"data\": {\"progress\": \"100\", \"download_url\": \"https://cdn.example/v.mp4\"}}");
        });
        using var client = handler.CreateClient();

        var workspace = Assert.Single(await client.GetWorkspacesAsync());
        Assert.Equal("w1", workspace.Id);
        var project = Assert.Single(await client.ListProjectsAsync());
        Assert.Equal("42", project.Id);
        Assert.Equal(new Uri("http://127.0.0.1:9/files/42.mp4"), project.DownloadUrl);
        var progress = await client.GetProgressAsync("p");
        Assert.True(progress.IsCompleted);
    }

    private static IEnumerable<(string Call, Func<Task> Run)> Calls(AiStudiosClient client)
    {
        yield return ("POST /editor/project", () => client.CreateProjectAsync(Projects.Seed()));
        yield return ("GET /editor/project/", () => client.GetProjectAsync("p1"));
        yield return ("GET /editor/project", () => client.ListProjectsAsync());
        yield return ("DELETE /editor/project", () => client.DeleteProjectsAsync(["p1"]));
        yield return ("POST /editor/project/", () => client.EditAndExportProjectAsync("p1", [new ProjectUpdate(0, "aiModel").Set("top", 1)]));
        yield return ("POST /editor/project/export", () => client.ExportProjectAsync("p1"));
        yield return ("GET /editor/progress/", () => client.GetProgressAsync("p1"));
        yield return ("POST /simple/video", () => client.CreateSimpleVideoAsync(new SimpleVideoRequest("en", "hi", "M000045058", "BG00002320")));
        yield return ("GET /model", () => client.GetAvatarModelsAsync());
        yield return ("GET /dropdown/workspaces", () => client.GetWorkspacesAsync());
        yield return ("GET /auth", () => client.IsAuthenticatedAsync());
    }

    /// <summary>Gives some bytes, then never another.</summary>
    private sealed class StallingStream(byte[] first) : MemoryStream(first)
    {
        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            int read = await base.ReadAsync(buffer, offset, count, cancellationToken);
            if (read > 0)
            {
                return read;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(ReadAsync(new byte[buffer.Length], 0, buffer.Length, cancellationToken).ContinueWith(t =>
            {
                return t.Result;
            }, cancellationToken));
    }

    /// <summary>Fails like a connection reset in the middle of a body.</summary>
    private sealed class BreakingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Connection reset by peer");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>An error message cut in the middle of an emoji ("\ud83d", a lone surrogate) is an AiStudiosException, not an InvalidOperationException.</summary>
public sealed class LoneSurrogateTests
{
    private const string CutEmoji = "{\"success\":false,\"error\":{\"code\":\"INVALID_PROJECT\",\"msg\":\"Script too long: 'Hello \\ud83d\",\"details\":[\"x \\udc00\"]}}";

    [Fact]
    public async Task An_error_message_with_a_lone_surrogate_is_an_AiStudiosException_with_the_raw_text()
    {
        var stub = StubHandler.Answering(r => StubHandler.IsTokenRequest(r) ? StubHandler.TokenAnswer() : StubHandler.Json(HttpStatusCode.BadRequest, CutEmoji));
        using var client = stub.CreateClient();

        var e = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());
        Assert.Equal("INVALID_PROJECT", e.ErrorCode);
        Assert.Contains("Script too long", e.Message);
    }

    [Fact]
    public async Task A_download_error_with_a_lone_surrogate_is_an_AiStudiosException()
    {
        var stub = StubHandler.Answering(r => StubHandler.Json(HttpStatusCode.NotFound, CutEmoji));
        using var client = stub.CreateClient();

        var e = await Assert.ThrowsAsync<AiStudiosException>(() => client.DownloadAsync(new Uri("http://cdn.example/v.mp4"), new MemoryStream()));
        Assert.Equal(404, e.Status);
    }
}

/// <summary>A download has an overall limit and never takes more bytes than its Content-Length declares.</summary>
public sealed class DownloadLimitTests
{
    /// <summary>A body that trickles forever: each chunk arrives in time, the whole never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Thread.Sleep(10);
            buffer[offset] = 1;
            return 1;
        }

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            await Task.Delay(10, cancellationToken);
            buffer[offset] = 1;
            return 1;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_download_that_never_ends_stops_at_the_download_timeout()
    {
        var stub = StubHandler.Answering(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new EndlessStream()) });
        using var client = stub.CreateClient(o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.DownloadTimeout = TimeSpan.FromMilliseconds(500);
        });

        var e = await Assert.ThrowsAsync<AiStudiosException>(() => client.DownloadAsync(new Uri("http://cdn.example/v.mp4"), Stream.Null).WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(AiStudiosErrorCodes.Timeout, e.ErrorCode);
        Assert.Contains("DownloadTimeout", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_longer_than_its_Content_Length_is_stopped()
    {
        var stub = StubHandler.Answering(_ =>
        {
            var content = new StreamContent(new EndlessStream());
            content.Headers.ContentLength = 10;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = stub.CreateClient(o => o.DownloadTimeout = TimeSpan.FromSeconds(30));
        var destination = new MemoryStream();

        var e = await Assert.ThrowsAsync<AiStudiosException>(() => client.DownloadAsync(new Uri("http://cdn.example/v.mp4"), destination).WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(AiStudiosErrorCodes.InvalidResponse, e.ErrorCode);
        Assert.True(destination.Length <= 10);
    }
}
