using System;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>
/// A download URL comes from the service's answer, so it is checked like any value from the wire: only http and
/// https are fetched (a <c>file://</c> URL is an <see cref="AiStudiosException"/>, not a
/// <see cref="NotSupportedException"/>), and what an exception names of it never includes user info or the query.
/// </summary>
public sealed class DownloadUrlTests
{
    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://cdn.example/v.mp4")]
    [InlineData("data:video/mp4;base64,AAAA")]
    [InlineData("gopher://cdn.example/v.mp4")]
    public async Task A_download_url_that_is_not_http_is_refused_with_an_AiStudiosException(string url)
    {
        var handler = StubHandler.Answering(_ => new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK));
        using var client = handler.CreateClient();

        var error = await Record.ExceptionAsync(() => client.DownloadAsync(new Uri(url), new MemoryStream()));

        var refused = Assert.IsType<AiStudiosException>(error);
        Assert.Equal("UNSUPPORTED_URL", refused.ErrorCode);
        Assert.Contains("http", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task A_file_url_in_a_render_result_is_refused_when_downloaded_to_a_file()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"progress\":100,\"downloadUrl\":\"file:///etc/passwd\"}}"));
        using var client = handler.CreateClient();
        string path = Path.Combine(Path.GetTempPath(), "aistudios-" + Guid.NewGuid().ToString("N") + ".mp4");

        RenderResult result = await client.WaitForRenderAsync("p1");
        var error = await Record.ExceptionAsync(() => result.DownloadToFileAsync(path));

        Assert.IsType<AiStudiosException>(error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_failed_download_never_names_the_urls_user_info_or_query()
    {
        var handler = StubHandler.Answering(_ => StubHandler.Json(HttpStatusCode.NotFound, "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"msg\":\"gone\"}}"));
        var log = new CapturingLogger();
        using var client = handler.CreateClient(logger: log);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() =>
            client.DownloadAsync(new Uri("https://user:hunter2-secret@cdn.example/v.mp4?signature=sig-SECRET"), new MemoryStream()));

        Assert.Equal(404, error.Status);
        Assert.Equal("GET https://cdn.example/v.mp4", error.Endpoint);
        string text = error.ToString() + log.AllText;
        Assert.DoesNotContain("hunter2-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sig-SECRET", text, StringComparison.Ordinal);
    }
}
