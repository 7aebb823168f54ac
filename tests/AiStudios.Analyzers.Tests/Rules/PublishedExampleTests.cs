using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>The published examples are valid payloads: no geometry diagnostic, however they are written.</summary>
    public sealed class PublishedExampleTests
    {
        /// <summary>The seed fixture's avatar clip, as an object initializer with its values.</summary>
        public const string SeedProject = @"new Project
        {
            Name = ""Test Project Using Api"",
            Orientation = Orientation.Landscape,
            Scenes =
            {
                new Scene
                {
                    SceneIndex = 0,
                    Background = new Background { Id = ""background"", Type = ""background"", SourceType = ""image"", SourceUrl = ""/images/background/bg_blue_gradient.png"", SourceColor = ""rgb(54,188,37)"" },
                    Watermark = false,
                    Clips =
                    {
                        new AvatarClip
                        {
                            Id = ""aiModel-1h4ij5h8e87"",
                            Layer = 1,
                            Top = 144.5979042385424,
                            Left = 630.2493927359487,
                            Width = 679,
                            Height = 2229,
                            ScaleX = 1,
                            ScaleY = 1,
                            Opacity = 100,
                            Fill = ""rgb(0,0,0)"",
                            ClipScript = new ClipScript { Text = ""<p>Hello, this is test video using Api.</p>"" },
                            Model = new AvatarModel { AvatarId = ""M000045058"", ClothesId = ""BG00002320"", Editor = new AvatarEditor { Scale = 0.3 } },
                        },
                    },
                },
            },
        }";

        [Fact]
        public Task The_seed_project_written_as_an_initializer_has_no_diagnostic() => Verify.AnalyzersAsync(Snippets.Project(SeedProject));

        [Fact]
        public Task The_seed_project_written_with_the_builder_has_no_diagnostic() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Name(""Test Project Using Api"").Scene(s => s.Background(""/images/background/bg_blue_gradient.png"", ""rgb(54,188,37)"").Avatar(""M000045058"").Script(""Hello, this is test video using Api."")).Build()"));

        [Fact]
        public Task The_seed_avatar_in_portrait_at_its_catalog_placement_has_no_diagnostic() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Portrait().Scene(s => s.Avatar(""M000045058"").Script(""Hello"")).Build()"));

        [Fact]
        public Task A_full_bleed_video_a_few_pixels_past_the_edges_has_no_diagnostic() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Video(""https://cdn.example.com/intro.mp4"", v => v.Position(-4.6, -3.4).Size(480, 270).Scale(4.008))).Build()"));

        [Fact]
        public Task A_full_bleed_video_as_an_initializer_has_no_diagnostic() => Verify.AnalyzersAsync(Snippets.Method(
            @"var clip = new VideoClip { Id = ""v"", VideoUrl = ""https://cdn.example.com/intro.mp4"", Left = -4.6, Top = -3.4, Width = 480, Height = 270, ScaleX = 4.008, ScaleY = 4.008 };"));

        [Fact]
        public Task The_builder_example_of_the_issue_has_no_diagnostic() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Name(""x"").Scene(s => s.Background(""/img.png"").Avatar(""M000045058"", a => a.Position(100, 50).Scale(1.2).Opacity(90)).Script(""Hello"")
                .Text(""Title"", t => t.Position(10, 20).Size(800, 120).FontSize(60).Fill(""#ffffff"").Animation(an => an.Type(AnimationType.FadeIn).Duration(2)))
                .Shape(ShapeName.Circle, sh => sh.Size(100, 100)).Image(""/logo.png"").Video(""/v.mp4"", v => v.Volume(50)).Audio(""/a.mp3"", ""label"")).Build()"));
    }
}
