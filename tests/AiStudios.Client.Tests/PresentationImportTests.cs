using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Testing;

namespace AiStudios.Client.Tests;

/// <summary><c>POST /editor/project/pptpdf</c> over loopback HTTP: a multipart upload.</summary>
public sealed class PresentationImportTests : ClientTest
{
    [Fact]
    public async Task A_pdf_stream_becomes_a_draft_with_a_scene_per_page_that_exports()
    {
        using var pdf = new MemoryStream(Presentations.Pdf(3));

        CreatedProject created = await Client.ImportPresentationAsync(pdf, "quarterly.pdf", new PresentationImportOptions { Name = "Quarterly", WorkspaceId = "emulator-workspace" });

        Assert.False(created.RenderStarted);
        FetchedProject fetched = await Client.GetProjectAsync(created.ProjectId);
        Assert.Equal("Quarterly", fetched.Project.Name);
        Assert.Equal(3, fetched.Project.Scenes.Count);
        await Client.ExportProjectAsync(created.ProjectId);
        await Client.WaitForRenderAsync(created.ProjectId, FastWait());
    }

    [Fact]
    public async Task A_pptx_file_on_disk_is_sent_with_its_name()
    {
        string path = Path.Combine(Path.GetTempPath(), "aistudios-client-tests", Guid.NewGuid().ToString("N"), "Deck.PPTX");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Presentations.Pptx(4));
        try
        {
            CreatedProject created = await Client.ImportPresentationFromFileAsync(path);

            FetchedProject fetched = await Client.GetProjectAsync(created.ProjectId);
            Assert.Equal("Deck", fetched.Project.Name);
            Assert.Equal(4, fetched.Project.Scenes.Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("")]
    [InlineData("evil\r\nX-Header: 1.pdf")]
    [InlineData("quote\".pdf")]
    public async Task A_file_name_the_service_cannot_take_is_refused_before_anything_is_read_or_sent(string name)
    {
        using var content = new MemoryStream(Presentations.Pdf(1));

        await Assert.ThrowsAsync<ArgumentException>(() => Client.ImportPresentationAsync(content, name));

        Assert.Equal(0, content.Position);
        Assert.Equal(0, Emulator.State.TotalRequests);
    }

    [Fact]
    public async Task A_file_the_service_cannot_convert_is_its_INVALID_FILE_and_nothing_is_created()
    {
        using var content = new MemoryStream(new byte[] { 1, 2, 3 });

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ImportPresentationAsync(content, "slides.pdf"));

        Assert.Equal("INVALID_FILE", error.ErrorCode);
        Assert.Empty(Emulator.State.Projects);
    }

    [Fact]
    public async Task An_import_refused_with_429_is_sent_again_with_the_whole_file()
    {
        Emulator.Faults.Enqueue("/editor/project/pptpdf", "429=0", count: 1, method: "POST");
        using var pdf = new MemoryStream(Presentations.Pdf(2));

        CreatedProject created = await Client.ImportPresentationAsync(pdf, "twice.pdf");

        Assert.Equal(2, Emulator.State.RequestCount("POST", "/editor/project/pptpdf"));
        Assert.Equal(2, (await Client.GetProjectAsync(created.ProjectId)).Project.Scenes.Count);
        Assert.Single(Emulator.State.Projects);
    }
}
