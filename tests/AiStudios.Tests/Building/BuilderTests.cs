using System;
using System.Linq;
using System.Text.Json;

namespace AiStudios.Tests.Building
{
    /// <summary>The bookkeeping the builder does so users do not get it wrong by hand.</summary>
    public class BuilderTests
    {
        [Fact]
        public void Scenes_are_numbered_in_call_order()
        {
            Project project = Video.Landscape()
                .Scene(s => s.Text("one"))
                .Scene(s => s.Text("two"))
                .Scene(s => s.Text("three"))
                .Build();

            Assert.Equal(new[] { 0, 1, 2 }, project.Scenes.Select(s => s.SceneIndex));
        }

        [Fact]
        public void Clip_ids_and_names_are_unique_within_a_scene_and_respect_explicit_ids()
        {
            Project project = Video.Landscape()
                .Scene(s => s
                    .Image("https://cdn.example/a.png")
                    .Image("https://cdn.example/b.png", i => i.Id("image-0-3"))
                    .Image("https://cdn.example/c.png")
                    .Text("hello"))
                .Build();

            string[] ids = project.Scenes[0].Clips.Select(c => c.Id).ToArray();
            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.Equal("image-0-3", ids[1]);
            Assert.All(project.Scenes[0].Clips, c => Assert.Equal(c.Id, c.Name));
        }

        [Fact]
        public void Layers_follow_call_order_unless_set()
        {
            Project project = Video.Landscape()
                .Scene(s => s
                    .Image("https://cdn.example/bg.png")
                    .Avatar("M000045058")
                    .Text("caption", t => t.Layer(10))
                    .Shape(ShapeName.Star))
                .Build();

            Assert.Equal(new int?[] { 1, 2, 10, 11 }, project.Scenes[0].Clips.Select(c => c.Layer));
        }

        [Fact]
        public void Script_names_the_scenes_avatar_and_html_encodes_plain_text()
        {
            Project project = Video.Landscape()
                .Scene(s => s.Avatar("M000045058").Script("Tom & Jerry <3"))
                .Build();

            Script script = Assert.Single(project.Scenes[0].Scripts!);
            Assert.Equal("<p>Tom &amp; Jerry &lt;3</p>", script.Text);
            Assert.Equal("M000045058", script.ModelId);
            Assert.Equal("BG00002320", script.ClothId);
            Assert.False(script.IsTts);
        }

        [Fact]
        public void Script_markup_is_sent_unchanged()
        {
            Project project = Video.Landscape()
                .Scene(s => s.Avatar("M000045058").ScriptMarkup("<p>Hello <span>there</span></p>"))
                .Build();

            Assert.Equal("<p>Hello <span>there</span></p>", project.Scenes[0].Scripts![0].Text);
        }

        [Fact]
        public void Multi_line_plain_text_becomes_one_paragraph_per_line()
        {
            Project project = Video.Landscape().Scene(s => s.Avatar("M000045058").Script("Hi.\nBye.")).Build();

            Assert.Equal("<p>Hi.</p><p>Bye.</p>", project.Scenes[0].Scripts![0].Text);
        }

        [Fact]
        public void A_script_without_an_avatar_is_refused_at_build()
        {
            ProjectBuilder builder = Video.Landscape().Scene(s => s.Text("caption").Script("Who says this?"));

            var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
            Assert.Contains("Scene 0", error.Message);
        }

        [Fact]
        public void An_unknown_avatar_id_is_a_clear_error_with_a_suggestion()
        {
            var error = Assert.Throws<ArgumentException>(() => Video.Landscape().Scene(s => s.Avatar("M000045085")));

            Assert.Contains("Unknown avatar 'M000045085'", error.Message);
            Assert.Contains("Did you mean 'M000045058'?", error.Message);
        }

        [Fact]
        public void Clips_without_a_size_fill_the_canvas_of_the_orientation()
        {
            Project portrait = Video.Portrait().Scene(s => s.Video("https://cdn.example/v.mp4")).Build();
            Project landscape = Video.Landscape().Scene(s => s.Image("https://cdn.example/i.png")).Build();

            Clip tall = portrait.Scenes[0].Clips[0];
            Assert.Equal((1080d, 1920d), (tall.Width, tall.Height));
            Assert.Equal(Orientation.Portrait, portrait.Orientation);
            Clip wide = landscape.Scenes[0].Clips[0];
            Assert.Equal((1920d, 1080d), (wide.Width, wide.Height));
        }

        [Fact]
        public void Every_clip_method_and_configure_option_lands_in_the_payload()
        {
            Project project = Video.Landscape()
                .Name("All options")
                .Resolution(Resolution.Uhd4K)
                .Webhook("http://127.0.0.1:9/hook")
                .IsExport(false)
                .Scene(s => s
                    .Background(b => b.SourceUrl("https://cdn.example/bg.png").SourceColor("#102030"))
                    .Avatar("M000045058", a => a.Position(100, 50).Scale(1.2).Opacity(90).Angle(5).Tag("host"))
                    .Text("Title", t => t.Position(10, 20).Size(800, 120).FontSize(60).Fill("#ffffff")
                        .Animation(an => an.Type(AnimationType.FadeIn).Duration(2).Delay(1))
                        .Shadow(sh => sh.Color("#00000060").Blur(3).OffsetX(2).OffsetY(2).Enabled(true)))
                    .Shape(ShapeName.Circle, sh => sh.Size(100, 100).Fill("rgb(255,0,0)").Scale(2, 3))
                    .Video("https://cdn.example/v.mp4", v => v.Volume(50))
                    .Audio("https://cdn.example/a.mp3", "Music", a => a.Volume(20)))
                .Build();

            using JsonDocument json = JsonDocument.Parse(project.ToJson());
            JsonElement root = json.RootElement;
            Assert.Equal("4k", root.GetProperty("resolution").GetString());
            Assert.Equal("http://127.0.0.1:9/hook", root.GetProperty("webhookUrl").GetString());
            Assert.False(root.GetProperty("isExport").GetBoolean());
            JsonElement clips = root.GetProperty("scenes")[0].GetProperty("clips");
            Assert.Equal(new[] { "aiModel", "textImage", "shape", "videoImage", "audio" }, clips.EnumerateArray().Select(c => c.GetProperty("type").GetString()));
            Assert.Equal(1.2, clips[0].GetProperty("scaleX").GetDouble());
            Assert.Equal(1.2, clips[0].GetProperty("scaleY").GetDouble());
            Assert.Equal("host", clips[0].GetProperty("tag").GetString());
            Assert.Equal("fade-in", clips[1].GetProperty("animation").GetProperty("type").GetString());
            Assert.Equal(3, clips[1].GetProperty("shadow").GetProperty("blur").GetDouble());
            Assert.Equal("Circle", clips[2].GetProperty("shapeName").GetString());
            Assert.Equal(3, clips[2].GetProperty("scaleY").GetDouble());
            Assert.Equal(50, clips[3].GetProperty("volume").GetInt32());
            Assert.Equal("Music", clips[4].GetProperty("label").GetString());
        }

        [Fact]
        public void Build_returns_an_independent_copy_each_time()
        {
            ProjectBuilder builder = Video.Landscape().Scene(s => s.Text("hello"));

            Project first = builder.Build();
            first.Name = "changed";
            ((TextClip)first.Scenes[0].Clips[0]).Text = "changed";
            Project second = builder.Build();

            Assert.Null(second.Name);
            Assert.Equal("hello", ((TextClip)second.Scenes[0].Clips[0]).Text);
        }

        [Fact]
        public void Typed_avatar_constants_match_the_catalog()
        {
            Assert.Equal("M000045058", Avatars.M000045058.Id);
            Assert.Equal("M000045058", Avatars.M000045058.BG00002320.AvatarId);
            Assert.Equal("BG00002320", Avatars.M000045058.BG00002320.ClothesId);
            Assert.Contains("M000045058", AvatarCatalog.Default.AvatarIds);
            Assert.Equal(0.3, Avatars.M000045058.BG00002320.CreateModel().Editor!.Scale);
        }

        [Fact]
        public void A_users_own_catalog_entry_can_be_added_at_run_time()
        {
            var catalog = new AvatarCatalog();
            var mine = new AvatarClothes("M1", "C1", 100, 200, Array.Empty<AvatarPlacement>(), "{\"ai_name\":\"M1\",\"emotion\":\"C1\",\"language\":\"ko\"}");

            catalog.Add(mine, isDefault: true);

            Assert.Same(mine, catalog.Get("M1"));
            Assert.Equal("ko", catalog.Get("M1", "C1").CreateModel().Language);
        }
    }
}
