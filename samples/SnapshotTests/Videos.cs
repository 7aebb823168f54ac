using System;
using AiStudios;

namespace SnapshotTests
{
    /// <summary>The videos an application builds: the code the snapshots protect.</summary>
    public static class Videos
    {
        /// <summary>A landscape update: the presenter, a title, then a highlights clip.</summary>
        public static Project QuarterlyUpdate(string quarter) => Video.Landscape()
            .Name($"{quarter} update")
            .Scene(s => s
                .Background("/images/background/bg_blue_gradient.png")
                .Avatar(Avatars.M000045058.BG00002320, a => a.Position(1100, 145))
                .Text($"{quarter} in numbers", t => t.Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff"))
                .Script($"Hello! Here is what happened in {quarter}."))
            .Scene(s => s
                .Video("https://cdn.example.com/highlights.mp4", v => v.Volume(80)))
            .Build();

        /// <summary>
        /// A portrait teaser with a logo, a badge and music. The render reports to a webhook whose
        /// token is new on every run, as an application makes it; the snapshot shows {Token_1}.
        /// </summary>
        public static Project ProductTeaser(string product) => Video.Portrait()
            .Name(product + " teaser")
            .Webhook("https://hooks.example.com/aistudios/render-done?token=" + Guid.NewGuid().ToString("N"))
            .Scene(s => s
                .Background("/images/background/bg_blue_gradient.png", "rgb(20,20,40)")
                .Image("https://cdn.example.com/logo.png", i => i.Position(340, 120).Size(400, 400))
                .Shape(ShapeName.Star, sh => sh.Position(780, 80).Size(200, 200).Fill("#ffcc00"))
                .Text("Coming soon", t => t.Position(140, 1500).Size(800, 160).FontSize(96).Fill("#ffffff"))
                .Audio("https://cdn.example.com/teaser-music.mp3", "Teaser music"))
            .Build();
    }
}
