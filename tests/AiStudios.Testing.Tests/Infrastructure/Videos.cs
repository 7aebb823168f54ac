namespace AiStudios.Testing.Tests.Infrastructure
{
    /// <summary>Projects built the way users build them.</summary>
    public static class Videos
    {
        /// <summary>A scene with an avatar (clip 0) and a title (clip 1) whose left is <paramref name="titleLeft"/>.</summary>
        public static Project Intro(double titleLeft = 80) => Video.Landscape()
            .Name("Quarterly update")
            .Scene(s => s
                .Background("/images/background/bg_blue_gradient.png")
                .Avatar(Avatars.M000045058.BG00002320, a => a.Position(630, 145))
                .Text("Q3 in numbers", t => t.Position(titleLeft, 60).Size(900, 120).FontSize(60).Fill("#ffffff"))
                .Script("Hello! Here is what happened this quarter."))
            .Scene(s => s.Video("https://cdn.example.com/highlights.mp4", v => v.Volume(80)))
            .Build();
    }
}
