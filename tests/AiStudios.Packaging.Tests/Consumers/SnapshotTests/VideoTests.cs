using AiStudios;
using AiStudios.Testing;
using Xunit;

public class VideoTests
{
    [Fact]
    public void Title_card()
    {
        Project project = Video.Landscape()
            .Name("Title card")
            .Scene(s => s
                .Avatar(Avatars.M000045058.BG00002320)
                .Script("Hello from a package.")
                .Text("Hello", t => t.Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff")))
            .Build();

        AiStudiosSnapshot.Verify(project);
    }
}
