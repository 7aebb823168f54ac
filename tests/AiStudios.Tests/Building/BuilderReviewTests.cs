using System;
using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Tests.Building
{
    /// <summary>Review findings on the builder's bookkeeping: each test failed before its fix.</summary>
    public class BuilderReviewTests
    {
        private const string ModelJson = "{\"ai_name\":\"M000045058\",\"emotion\":\"BG00002320\"}";

        [Fact]
        public void An_avatar_entry_not_in_the_default_catalog_keeps_its_own_size_and_placement()
        {
            var mine = new AvatarClothes("M1", "C1", 100, 200, new[] { new AvatarPlacement("landscape", 5, 6) }, "{\"ai_name\":\"M1\",\"emotion\":\"C1\"}");

            var avatar = (AvatarClip)Video.Landscape().Scene(s => s.Avatar(mine)).Build().Scenes[0].Clips[0];

            Assert.Equal((100d, 200d, 5d, 6d), (avatar.Width, avatar.Height, avatar.Left, avatar.Top));
        }

        [Fact]
        public void An_avatar_entry_sharing_ids_with_a_registered_one_keeps_its_own_size()
        {
            var resized = new AvatarClothes("M000045058", "BG00002320", 500, 600, new[] { new AvatarPlacement("landscape", 7, 8) }, ModelJson);

            var avatar = (AvatarClip)Video.Landscape().Scene(s => s.Avatar(resized)).Build().Scenes[0].Clips[0];

            Assert.Equal((500d, 600d, 7d, 8d), (avatar.Width, avatar.Height, avatar.Left, avatar.Top));
        }

        [Fact]
        public void Automatic_layers_skip_the_layers_set_later_in_the_scene()
        {
            Project project = Video.Landscape()
                .Scene(s => s.Text("a", t => t.Layer(2)).Text("b").Text("c", t => t.Layer(3)))
                .Build();

            Assert.Equal(new int?[] { 2, 4, 3 }, project.Scenes[0].Clips.Select(c => c.Layer));
        }

        [Fact]
        public void Automatic_layers_never_repeat_an_earlier_automatic_layer()
        {
            Project project = Video.Landscape()
                .Scene(s => s.Text("a").Text("b").Text("c", t => t.Layer(0)).Text("d"))
                .Build();

            Assert.Equal(new int?[] { 1, 2, 0, 3 }, project.Scenes[0].Clips.Select(c => c.Layer));
        }

        [Fact]
        public void No_layer_left_above_the_previous_clip_is_a_clear_error_at_build()
        {
            ProjectBuilder builder = Video.Landscape().Scene(s => s.Text("a", t => t.Layer(int.MaxValue)).Text("b"));

            var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
            Assert.Contains("Scene 0", error.Message);
            Assert.Contains("textImage-0-2", error.Message);
        }

        [Fact]
        public void Default_geometry_follows_the_orientation_at_build_not_at_scene()
        {
            Project project = Video.Landscape()
                .Scene(s => s.Image("/a.png").Avatar("M000045058"))
                .Orientation(Orientation.Portrait)
                .Build();

            Clip image = project.Scenes[0].Clips[0];
            var avatar = (AvatarClip)project.Scenes[0].Clips[1];
            AvatarPlacement portrait = Avatars.M000045058.BG00002320.PlacementFor(Orientation.Portrait)!;
            Assert.Equal((1080d, 1920d), (image.Width, image.Height));
            Assert.Equal((portrait.Left, portrait.Top), (avatar.Left, avatar.Top));
        }

        [Fact]
        public void Building_again_after_changing_the_orientation_uses_the_new_canvas()
        {
            ProjectBuilder builder = Video.Landscape().Scene(s => s.Image("/a.png"));
            _ = builder.Build();

            Clip image = builder.Orientation(Orientation.Portrait).Build().Scenes[0].Clips[0];

            Assert.Equal((1080d, 1920d), (image.Width, image.Height));
        }

        [Fact]
        public void Explicit_size_and_position_win_over_the_defaults()
        {
            Project project = Video.Portrait()
                .Scene(s => s
                    .Avatar("M000045058", a => a.Position(10, 20))
                    .Avatar("M000045058", a => a.Left(30))
                    .Image("/a.png", i => i.Size(100, 50))
                    .Image("/b.png", i => i.Position(40, 60)))
                .Build();

            Clip[] clips = project.Scenes[0].Clips.ToArray();
            Assert.Equal((679d, 2229d, 10d, 20d), (clips[0].Width, clips[0].Height, clips[0].Left, clips[0].Top));
            Assert.Equal((30d, 1100d), (clips[1].Left, clips[1].Top));
            Assert.Equal((100d, 50d), (clips[2].Width, clips[2].Height));
            Assert.Equal((1080d, 1920d, 40d, 60d), (clips[3].Width, clips[3].Height, clips[3].Left, clips[3].Top));
        }

        [Fact]
        public void Automatic_names_never_repeat_a_name_the_user_set()
        {
            Project project = Video.Landscape()
                .Scene(s => s
                    .Text("a", t => t.Name("textImage-0-2"))
                    .Text("b")
                    .Text("c", t => t.Id("mine"))
                    .Text("d", t => t.Name("mine")))
                .Build();

            string?[] names = project.Scenes[0].Clips.Select(c => c.Name).ToArray();
            Assert.Equal(names.Length, names.Distinct().Count());
            Assert.Equal("textImage-0-2", names[0]);
            Assert.Equal(project.Scenes[0].Clips[1].Id, names[1]);
        }

        public static IEnumerable<object[]> Values_json_cannot_carry() => new[]
        {
            Case("id null", "'id'", s => s.Text("a", t => t.Target.Id = null!)),
            Case("text null", "'text'", s => s.Text("a", t => t.Target.Text = null!)),
            Case("width NaN", "'width'", s => s.Text("a", t => t.Width(double.NaN))),
            Case("shadow blur infinite", "'blur'", s => s.Text("a", t => t.Shadow(sh => sh.Blur(double.PositiveInfinity)))),
            Case("undefined shape", "ShapeName", s => s.Shape((ShapeName)99)),
            Case("undefined animation", "AnimationType", s => s.Text("a", t => t.Animation(a => a.Type((AnimationType)42)))),
            Case("avatar model null", "'model'", s => s.Avatar("M000045058", a => a.Target.Model = null!).Script("Hi")),
            Case("avatar id null", "'ai_name'", s => s.Avatar("M000045058", a => a.Target.Model.AvatarId = null!).Script("Hi")),
            Case("clip list null", "Clips", s => s.Target.Clips = null!),
            Case("null clip", "clip 1", s => s.Text("a").Target.Clips.Add(null!)),
            Case("null script item", "'scripts'", s => s.Text("a").Target.Scripts = new List<Script> { null! }),
            new object[] { "undefined orientation", "Orientation", (Func<ProjectBuilder>)(() => Video.Landscape().Orientation((Orientation)5).Scene(s => s.Text("a"))) },
            new object[] { "undefined resolution", "Resolution", (Func<ProjectBuilder>)(() => Video.Landscape().Resolution((Resolution)9).Scene(s => s.Text("a"))) },
        };

        [Theory]
        [MemberData(nameof(Values_json_cannot_carry))]
        public void Build_refuses_values_json_cannot_carry_with_an_InvalidOperationException_that_says_where(string because, string names, Func<ProjectBuilder> make)
        {
            var error = Assert.Throws<InvalidOperationException>(() => make().Build());

            Assert.True(error.Message.Contains(names, StringComparison.Ordinal), $"{because}: '{error.Message}' does not name {names}");
            Assert.True(error.Message.Contains("Scene 0", StringComparison.Ordinal) || error.Message.Contains("The project", StringComparison.Ordinal), $"{because}: '{error.Message}' does not say where");
        }

        private static object[] Case(string because, string names, Action<SceneBuilder> scene) =>
            new object[] { because, names, (Func<ProjectBuilder>)(() => Video.Landscape().Scene(scene)) };
    }
}
