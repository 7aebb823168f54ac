using System;
using System.IO;
using AiStudios;

Project project = Video.Landscape()
    .Name("Packaged storyboard")
    .Scene(s => s
        .Background(b => b.SourceColor("#1e3a5f"))
        .Avatar(Avatars.M000045058.BG00002320)
        .Script("Hello from a package.")
        .Text("Title", t => t.Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff")))
    // Not a constant, so the analyzers (AIS0001 is a build error) leave it to the storyboard to show.
    .Scene(s => s.Text("Off the canvas", t => t.Position(2100 + args.Length, 80).Size(900, 120).FontSize(40)))
    .Build();

Storyboard storyboard = project.ToStoryboard();
string folder = Path.Combine(AppContext.BaseDirectory, "storyboard");
foreach (string file in storyboard.WriteTo(folder))
{
    Console.WriteLine(Path.GetFileName(file) + " " + new FileInfo(file).Length);
}

Console.WriteLine(storyboard.Scenes[1].Svg.Contains(">AIS0001 ", StringComparison.Ordinal) ? "off-canvas marked" : "off-canvas NOT marked");
