using System.IO;
using System.Linq;
using AiStudios.Testing;
using AiStudios.Validation;

namespace AiStudios.Tests.Validation
{
    /// <summary>ClipGeometry hands out the drawn box the geometry rules judge (docs/geometry.md).</summary>
    public class ClipGeometryTests
    {
        [Fact]
        public void The_published_avatar_is_drawn_at_its_editor_scale()
        {
            Project project = Project.FromJson(File.ReadAllText(RepoPaths.SeedProject));

            ClipBox box = project.Scenes[0].Clips[0].GetDrawnBox()!;

            Assert.Equal(630.2493927359487, box.Left);
            Assert.Equal(144.5979042385424, box.Top);
            Assert.Equal(679 * 0.3, box.Width, 9);
            Assert.Equal(2229 * 0.3, box.Height, 9);
            Assert.Equal(0.3, box.EditorScale);
            Assert.Equal(0.3, box.ScaleX, 9);
            Assert.Equal(1, box.ShareOn(1920, 1080), 9);
            Assert.Equal((1920, 1080), project.GetCanvasSize());
        }

        [Fact]
        public void An_avatar_without_its_own_editor_scale_takes_the_catalogs()
        {
            Project project = Video.Landscape().Scene(s => s.Avatar(Avatars.M000045058.BG00002320, a => a.Position(100, 50))).Build();
            AvatarClip avatar = (AvatarClip)project.Scenes[0].Clips[0];
            avatar.Model.Editor = null;

            ClipBox box = avatar.GetDrawnBox()!;

            Assert.Equal(0.3, box.EditorScale);
            Assert.Equal(679 * 0.3, box.Width, 9);
        }

        [Fact]
        public void A_turned_scaled_clip_has_the_corners_the_rules_use()
        {
            Project project = Video.Portrait().Scene(s => s.Text("t", t => t.Position(100, 200).Size(200, 100).Scale(2, 1).Angle(90).FontSize(10))).Build();

            ClipBox box = project.Scenes[0].Clips[0].GetDrawnBox()!;

            // 400 x 100 turned a quarter clockwise about (100, 200): x from 0 to 100, y from 200 to 600.
            Assert.Equal((400d, 100d, 90d), (box.Width, box.Height, box.Angle));
            Assert.Equal(0, box.MinX, 9);
            Assert.Equal(100, box.MaxX, 9);
            Assert.Equal(200, box.MinY, 9);
            Assert.Equal(600, box.MaxY, 9);
            Assert.Equal((1080, 1920), project.GetCanvasSize());
        }

        [Fact]
        public void Clips_the_rules_do_not_judge_have_no_box()
        {
            Project project = Video.Landscape().Scene(s => s
                .Audio("https://cdn.example.com/a.mp3", "music")
                .Avatar(Avatars.M000045058.BG00002320, a => a.VoiceOnly(true))
                .Text("zero", t => t.Size(0, 10).FontSize(10)))
                .Build();

            Assert.All(project.Scenes[0].Clips, clip => Assert.Null(clip.GetDrawnBox()));
        }

        [Fact]
        public void The_box_is_the_one_AIS0001_reports()
        {
            Project project = Video.Landscape().Scene(s => s.Text("far", t => t.Position(2100, 80).Size(900, 120).FontSize(10))).Build();

            ClipBox box = project.Scenes[0].Clips[0].GetDrawnBox()!;
            ValidationProblem problem = project.Validate().Single(p => p.RuleId == "AIS0001");

            Assert.Contains($"spans x {box.MinX} to {box.MaxX} and y {box.MinY} to {box.MaxY}", problem.Message);
            Assert.Equal(0, box.ShareOn(1920, 1080));
        }
    }
}
