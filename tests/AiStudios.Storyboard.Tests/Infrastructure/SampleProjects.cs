using System.IO;
using AiStudios.Testing;

namespace AiStudios.Tests.Storyboards.Infrastructure
{
    /// <summary>The projects the storyboard tests draw.</summary>
    public static class SampleProjects
    {
        /// <summary>The API reference's create-project body (tests/Fixtures/seed-project.json).</summary>
        public static Project Seed() => Project.FromJson(File.ReadAllText(RepoPaths.SeedProject));

        /// <summary>
        /// For the browser test: a plain colour background, one text clip whose box is filled
        /// (scaled 1.5, so its drawn box is not its width x height), and one image wholly off the canvas (AIS0001).
        /// </summary>
        public static Project PixelProbe() => Video.Landscape()
            .Name("Pixel probe")
            .Scene(s => s
                .Background(b => b.SourceColor("rgb(18,52,86)"))
                .Text("Boxed title", t => t.Id("title").Position(200, 300).Size(400, 100).Scale(1.5).FontSize(40).Fill("#ffffff").BackgroundColor("#00ff00"))
                .Image("https://cdn.example.com/logo.png", i => i.Id("logo").Position(2000, 100).Size(300, 200)))
            .Build();

        /// <summary>Two scenes with every kind of clip, an animation, a turned and a half-transparent clip, and clips off the canvas.</summary>
        public static Project Showcase() => Video.Landscape()
            .Name("Quarterly update <draft> & \"notes\"")
            .Scene(s => s
                .Background(b => b.SourceColor("#1e3a5f"))
                .Avatar(Avatars.M000045058.BG00002320)
                .Script("Hello! Here is what happened this quarter & what comes next.")
                .Text("Q3 in numbers", t => t.Id("title").Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff").FontWeight("bold")
                    .Animation(a => a.Type(AnimationType.FadeIn).Duration(2).Delay(1)))
                .Shape(ShapeName.Star, sh => sh.Id("star").Position(1500, 80).Size(200, 200).Fill("#ffcc00").Stroke("#000000").StrokeWidth(4))
                .Image("https://cdn.example.com/charts/revenue.png?v=3", i => i.Id("chart").Position(80, 260).Size(800, 450).Opacity(60)))
            .Scene(s => s
                .Background("/images/background/bg_blue_gradient.png", "rgb(54,188,37)")
                .Video("https://cdn.example.com/highlights.mp4", v => v.Id("highlights").Position(960, 200).Size(800, 450).Angle(10))
                .Text("Off to the right", t => t.Id("lost").Position(2100, 80).Size(900, 120).FontSize(40).Fill("#000000").Align("center"))
                .Shape(ShapeName.Circle, sh => sh.Id("mostly-out").Position(-300, 900).Size(400, 400).Fill("#e63946"))
                .Audio("https://cdn.example.com/music/theme.mp3", "Theme", a => a.Volume(40)))
            .Build();
    }
}
