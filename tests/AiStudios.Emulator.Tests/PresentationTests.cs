using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using AiStudios.Testing;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary><c>POST /editor/project/pptpdf</c>: a multipart upload, one scene per page, no render.</summary>
public sealed class PresentationTests : EmulatorTest
{
    [Fact]
    public async Task A_pdf_becomes_a_draft_with_one_scene_per_page()
    {
        var token = await TokenAsync();

        var response = await UploadAsync(token, Presentations.Pdf(3), "report.pdf", name: "Report");

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var project = await GetProjectAsync(token, response.Data["projectId"]!.GetValue<string>());
        Assert.Equal("Report", project["name"]!.GetValue<string>());
        Assert.Equal("draft", project["state"]!.GetValue<string>());
        Assert.Equal(new[] { 0, 1, 2 }, project["scenes"]!.AsArray().Select(s => s!["sceneIdx"]!.GetValue<int>()));
        Assert.Equal("report.pdf, page 2 of 3", project["scenes"]![1]!["clips"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(0, Server.State.ExportsStarted);
    }

    [Fact]
    public async Task A_pptx_counts_its_slides_a_ppt_is_one_page_and_the_name_defaults_to_the_file()
    {
        var token = await TokenAsync();

        var pptx = await UploadAsync(token, Presentations.Pptx(2), "deck.pptx");
        var ppt = await UploadAsync(token, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0], "old.ppt");

        var deck = await GetProjectAsync(token, pptx.Data["projectId"]!.GetValue<string>());
        Assert.Equal("deck", deck["name"]!.GetValue<string>());
        Assert.Equal(2, deck["scenes"]!.AsArray().Count);
        Assert.Single((await GetProjectAsync(token, ppt.Data["projectId"]!.GetValue<string>()))["scenes"]!.AsArray());
    }

    [Fact]
    public async Task An_imported_project_exports_like_any_other()
    {
        var token = await TokenAsync();
        var id = (await UploadAsync(token, Presentations.Pdf(1), "one.pdf")).Data["projectId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync("editor/project/export", new JsonObject { ["projectId"] = id }, token)).Status);
        await PollProgressAsync(token, id, IsDone);
    }

    [Theory]
    [InlineData("notes.txt", "text")]
    [InlineData("fake.pdf", "not a pdf")]
    [InlineData("fake.pptx", "not a zip")]
    public async Task Files_that_are_not_what_their_name_says_are_400_INVALID_FILE(string name, string content)
    {
        var token = await TokenAsync();

        var response = await UploadAsync(token, Encoding.ASCII.GetBytes(content), name);

        Assert.Equal("INVALID_FILE", response.ErrorCode);
        Assert.Empty(Server.State.Projects);
    }

    [Fact]
    public async Task A_missing_file_part_an_unknown_workspace_and_a_JSON_content_type_are_refused()
    {
        var token = await TokenAsync();

        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "name" } };
        Assert.Equal("INVALID_REQUEST", (await SendAsync(token, noFile)).ErrorCode);
        Assert.Equal("INVALID_WORKSPACE", (await UploadAsync(token, Presentations.Pdf(1), "a.pdf", workspace: "nope")).ErrorCode);

        // The published sample sets Content-Type: application/json on its multipart body.
        var json = await SendAsync(HttpMethod.Post, "editor/project/pptpdf", rawBody: "{}", token: token);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", json.ErrorCode);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413_before_it_is_read()
    {
        var token = await TokenAsync();

        var response = await UploadAsync(token, new byte[(10 * 1024 * 1024) + 1], "big.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("BODY_TOO_LARGE", response.ErrorCode);
    }

    private async Task<ApiResponse> UploadAsync(string token, byte[] bytes, string fileName, string? name = null, string? workspace = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (name is not null)
        {
            form.Add(new StringContent(name), "name");
        }

        if (workspace is not null)
        {
            form.Add(new StringContent(workspace), "workspaceId");
        }

        return await SendAsync(token, form);
    }

    private async Task<ApiResponse> SendAsync(string token, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "editor/project/pptpdf") { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using var response = await Http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers, response.Content.Headers);
    }
}
