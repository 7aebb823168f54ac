using System.IO;
using AiStudios.Testing;

namespace AiStudios.Tests.Building
{
    /// <summary>The published create-project body, written with the builder.</summary>
    public class SeedBuilderTests
    {
        [Fact]
        public void The_builder_reproduces_the_seed_project()
        {
            Project project = Video.Landscape()
                .Name("Test Project Using Api")
                .Scene(s => s
                    .Background("/images/background/bg_blue_gradient.png", "rgb(54,188,37)")
                    .Avatar(Avatars.M000045058.BG00002320, a => a
                        .Id("aiModel-1h4ij5h8e87")
                        .ClipScript(c => c.Text("<p>Hello, this is test video using Api.</p>"))
                        .Effects(new AvatarEffect { Type = "head-only" })))
                .Build();

            // The seed is a 1.4.x body: its speech is on the avatar clip. The builder also writes the scene's
            // scripts list, which the reference requires since 1.5.x (empty: this scene has no script).
            var expected = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.SeedProject))!;
            expected["scenes"]![0]!["scripts"] = new System.Text.Json.Nodes.JsonArray();
            JsonAssert.Equal(expected.ToJsonString(), project.ToJson());
        }

        [Fact]
        public void Avatar_by_id_uses_the_catalogs_default_clothes_and_placement()
        {
            Project byId = Video.Landscape().Scene(s => s.Avatar("M000045058")).Build();
            Project byConstant = Video.Landscape().Scene(s => s.Avatar(Avatars.M000045058.Default)).Build();

            var avatar = (AvatarClip)byId.Scenes[0].Clips[0];
            Assert.Equal("BG00002320", avatar.Model.ClothesId);
            Assert.Equal(679, avatar.Width);
            Assert.Equal(2229, avatar.Height);
            Assert.Equal(630.2493927359487, avatar.Left);
            Assert.Equal(byConstant.ToJson(), byId.ToJson());
        }
    }
}
