using AiStudios.Testing;

namespace AiStudios.Tests.Building
{
    /// <summary>
    /// What the builder sends, pinned in checked-in snapshots beside this file
    /// (BuilderSnapshotTests.*.verified.json, AiStudios.Testing): any change to the generated
    /// builder, its defaults or the writer shows as a diff of the payload. Accept an intended one
    /// with AISTUDIOS_ACCEPT=1 dotnet test tests/AiStudios.Tests.
    /// </summary>
    public class BuilderSnapshotTests
    {
        /// <summary>The example at the top of the README.</summary>
        internal static Project ReadmeExample() => Video.Landscape()
            .Name("Quarterly update")
            .Scene(s => s
                .Background("/images/background/bg_blue_gradient.png")
                .Avatar(Avatars.M000045058.BG00002320, a => a.Position(630, 145))
                .Script("Hello! Here is what happened this quarter.")
                .Text("Q3 in numbers", t => t.Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff")
                    .Animation(an => an.Type(AnimationType.FadeIn).Duration(2))))
            .Scene(s => s
                .Video("https://cdn.example.com/highlights.mp4", v => v.Volume(80)))
            .Build();

        [Fact]
        public void The_README_example()
        {
            AiStudiosSnapshot.Verify(ReadmeExample());
        }

        [Fact]
        public void A_dialogue_between_an_avatar_of_the_catalog_and_one_of_the_account()
        {
            var emma = new AvatarClothes("M000320746", "BG00007030");
            Project project = Video.Landscape()
                .Name("Dialogue")
                .Scene(s => s
                    .Avatar(Avatars.M000045058.BG00002320, a => a.Position(200, 145))
                    .Avatar(emma, a => a.Position(1000, 145))
                    .Dialogue(d => d
                        .Say(Avatars.M000045058.BG00002320, "Hi, how are you?")
                        .Say(emma, "Fine, thanks.")
                        .Say(Avatars.M000045058.BG00002320, "Glad to hear it.")))
                .Build();

            AiStudiosSnapshot.Verify(project);
        }

        [Fact]
        public void Every_clip_type_with_its_options()
        {
            Project project = Video.Portrait()
                .Name("Every clip")
                .Resolution(Resolution.Uhd4K)
                .IsExport(false)
                .Webhook("https://hooks.example.com/aistudios?token=0d6f1c2a9b8e4f3a")
                .Scene(s => s
                    .Background("/images/background/bg_blue_gradient.png", "rgb(54,188,37)")
                    .Avatar(Avatars.M000045058.BG00002320, a => a.Effects(new AvatarEffect { Type = "head-only" }).Layer(20))
                    .ScriptMarkup("<p>Hello <span>there</span></p>")
                    .Text("Title", t => t.Position(40, 80).Size(1000, 200).FontSize(72).FontWeight("bold").Align("center")
                        .Shadow(sh => sh.Enabled(true).Color("#000000").Blur(4).OffsetX(2).OffsetY(2))
                        .Animation(an => an.Type(AnimationType.InLeft).Duration(2).Delay(1)))
                    .Image("https://cdn.example.com/logo.png", i => i.Position(390, 1500).Size(300, 300).Opacity(90).Angle(12.5).Tag("logo"))
                    .Shape(ShapeName.Star, sh => sh.Position(900, 40).Size(120, 120).Fill("#ffcc00")))
                .Scene(s => s
                    .Video("https://cdn.example.com/clip.mp4", v => v.Volume(35).Scale(0.5))
                    .Audio("https://cdn.example.com/music.mp3", "Music"))
                .Build();

            AiStudiosSnapshot.Verify(project);
        }
    }
}
