using System;
using System.Linq;
using System.Text.Json;
using AiStudios.Validation;

namespace AiStudios.Tests.Building
{
    /// <summary>
    /// What the builder writes because the 1.6.x reference requires it (a background, the scripts list, each script's
    /// five fields with tts null), dialogues between the avatars of a scene, voices, and avatars of the account that
    /// no catalog lists.
    /// </summary>
    public class DialogueAndReferenceTests
    {
        private static readonly AvatarClothes Emma = new AvatarClothes("M000320746", "BG00007030");

        [Fact]
        public void The_README_example_sends_tts_null_a_background_in_every_scene_and_nothing_the_reference_misses()
        {
            Project project = BuilderSnapshotTests.ReadmeExample();

            using JsonDocument json = JsonDocument.Parse(project.ToJson());
            JsonElement script = json.RootElement.GetProperty("scenes")[0].GetProperty("scripts")[0];
            Assert.Equal(JsonValueKind.Null, script.GetProperty("tts").ValueKind);
            Assert.False(script.GetProperty("isTTS").GetBoolean());
            foreach (JsonElement scene in json.RootElement.GetProperty("scenes").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.Object, scene.GetProperty("background").ValueKind);
                Assert.Equal(JsonValueKind.Array, scene.GetProperty("scripts").ValueKind);
            }

            // The second scene set no background: the published examples' one.
            Assert.Equal("/images/background/bg_blue_gradient.png", project.Scenes[1].Background!.SourceUrl);
            Assert.Equal("rgb(54,188,37)", project.Scenes[1].Background!.SourceColor);
            Assert.Empty(project.Scenes[1].Scripts!);
            Assert.DoesNotContain(project.Validate(), p => p.RuleId == "AIS1004");
        }

        [Fact]
        public void A_background_you_set_is_never_merged_with_the_default()
        {
            Project project = Video.Landscape().Scene(s => s.Background(b => b.SourceColor("#000000"))).Build();

            Background background = project.Scenes[0].Background!;
            Assert.Equal(("#000000", null), (background.SourceColor, background.SourceUrl));
        }

        [Fact]
        public void A_dialogue_writes_one_script_per_line_in_order_each_naming_its_avatar()
        {
            Project project = Video.Landscape()
                .Scene(s => s
                    .Avatar(Avatars.M000045058.BG00002320, a => a.Position(200, 145))
                    .Avatar(Emma, a => a.Position(1000, 145))
                    .Dialogue(d => d
                        .Say(Avatars.M000045058.BG00002320, "Hi, how are you?")
                        .Say(Emma, "Fine, thanks."))
                    .Dialogue(d => d.SayMarkup(Avatars.M000045058.BG00002320, "<p>Glad to <span>hear</span> it.</p>")))
                .Build();

            Script[] scripts = project.Scenes[0].Scripts!.ToArray();
            Assert.Equal(
                new[]
                {
                    ("<p>Hi, how are you?</p>", "M000045058", "BG00002320"),
                    ("<p>Fine, thanks.</p>", "M000320746", "BG00007030"),
                    ("<p>Glad to <span>hear</span> it.</p>", "M000045058", "BG00002320"),
                },
                scripts.Select(s => (s.Text!, s.ModelId!, s.ClothId!)));
            Assert.All(scripts, s => Assert.Equal((false, JsonValueKind.Null), (s.IsTts!.Value, s.Tts!.Value.ValueKind)));

            // Emma is an avatar of the account no catalog lists: a warning (the client asks the account), nothing else.
            ValidationProblem problem = Assert.Single(project.Validate());
            Assert.Equal(("AIS0011", ValidationSeverity.Warning), (problem.RuleId, problem.Severity));
        }

        [Fact]
        public void A_voice_is_sent_as_given_with_isTTS_true()
        {
            using JsonDocument voice = JsonDocument.Parse("{\"voiceId\":\"en-US-1\",\"speed\":1.1}");
            Project project = Video.Landscape()
                .Scene(s => s.Avatar(Avatars.M000045058.BG00002320).Script("Read by another voice.", voice.RootElement))
                .Scene(s => s.Avatar(Avatars.M000045058.BG00002320).Dialogue(d => d.Say(Avatars.M000045058.BG00002320, "Mine.", voice: null)))
                .Build();

            Script first = Assert.Single(project.Scenes[0].Scripts!);
            Assert.True(first.IsTts);
            Assert.Equal("{\"voiceId\":\"en-US-1\",\"speed\":1.1}", first.Tts!.Value.GetRawText());
            Script second = Assert.Single(project.Scenes[1].Scripts!);
            Assert.Equal((false, JsonValueKind.Null), (second.IsTts!.Value, second.Tts!.Value.ValueKind));
            Assert.Throws<ArgumentException>(() => Video.Landscape().Scene(s => s.Script("x", JsonDocument.Parse("\"a voice\"").RootElement)));
        }

        [Fact]
        public void A_dialogue_line_for_an_avatar_not_in_the_scene_or_mixed_with_Script_is_refused_at_Build()
        {
            ProjectBuilder absent = Video.Landscape().Scene(s => s
                .Avatar(Avatars.M000045058.BG00002320)
                .Dialogue(d => d.Say(Emma, "Anyone?")));
            ProjectBuilder mixed = Video.Landscape().Scene(s => s
                .Avatar(Avatars.M000045058.BG00002320)
                .Script("Hello")
                .Dialogue(d => d.Say(Avatars.M000045058.BG00002320, "Hello again")));

            Assert.Contains("line 0 of the dialogue is for 'M000320746' in 'BG00007030', but no avatar clip of the scene", Assert.Throws<InvalidOperationException>(() => absent.Build()).Message, StringComparison.Ordinal);
            Assert.Contains("both a Script(...) and Dialogue(...) lines", Assert.Throws<InvalidOperationException>(() => mixed.Build()).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_avatar_no_catalog_lists_is_usable_by_its_ids_and_sized_as_the_published_examples_avatar()
        {
            Project project = Video.Landscape()
                .Scene(s => s.Avatar("M000320746", "BG00007030").Script("Hi"))
                .Scene(s => s.Avatar(Emma, a => a.Position(10, 20).Size(500, 1500)).Script("Hi"))
                .Orientation(Orientation.Portrait)
                .Build();

            var placed = (AvatarClip)project.Scenes[0].Clips[0];
            Assert.Equal(("M000320746", "BG00007030"), (placed.Model.AvatarId, placed.Model.ClothesId));
            Assert.Equal((679d, 2229d, 438.15, 1100d), (placed.Width, placed.Height, placed.Left!.Value, placed.Top!.Value));
            Assert.Null(placed.Model.Editor);
            var sized = (AvatarClip)project.Scenes[1].Clips[0];
            Assert.Equal((500d, 1500d, 10d, 20d), (sized.Width, sized.Height, sized.Left!.Value, sized.Top!.Value));

            // Avatar(id) alone cannot pick clothes for it.
            Assert.Contains("Unknown avatar 'M000320746'", Assert.Throws<ArgumentException>(() => Video.Landscape().Scene(s => s.Avatar("M000320746"))).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Clothes_no_catalog_lists_for_a_listed_avatar_are_usable_by_their_ids_with_a_warning_and_the_stand_in_geometry()
        {
            Project project = Video.Landscape().Scene(s => s.Avatar("M000045058", "BG00007030").Script("Hi")).Build();

            var placed = (AvatarClip)project.Scenes[0].Clips[0];
            Assert.Equal(("M000045058", "BG00007030"), (placed.Model.AvatarId, placed.Model.ClothesId));
            Script script = Assert.Single(project.Scenes[0].Scripts!);
            Assert.Equal(("M000045058", "BG00007030"), (script.ModelId, script.ClothId));

            // The published examples' avatar's size and landscape placement, but not its clothes' drawing metadata.
            AvatarClothes standIn = Avatars.M000045058.BG00002320;
            AvatarPlacement landscape = standIn.PlacementFor(Orientation.Landscape)!;
            Assert.Equal((standIn.Width!.Value, standIn.Height!.Value, landscape.Left, landscape.Top), (placed.Width, placed.Height, placed.Left!.Value, placed.Top!.Value));
            Assert.Null(placed.Model.Editor);

            ValidationReport report = project.Validate();
            Assert.False(report.HasErrors, report.ToString());
            ValidationProblem warning = Assert.Single(report.Warnings, p => p.RuleId == "AIS0012");
            Assert.Equal("scenes[0].clips[0].model.emotion", warning.Path);
            Assert.Contains("The clothes 'BG00007030' of avatar 'M000045058' are in no avatar catalog of this build.", warning.Message, StringComparison.Ordinal);
            Assert.Contains("the client checks the account's clothes before sending", warning.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_near_miss_of_a_listed_avatars_clothes_is_a_warning_with_its_did_you_mean()
        {
            Project project = Video.Landscape().Scene(s => s.Avatar("M000045058", "BG00002321").Script("Hi")).Build();

            ValidationProblem warning = Assert.Single(project.Validate().Warnings, p => p.RuleId == "AIS0012");
            Assert.Contains("Did you mean 'BG00002320'? Known: BG00002320.", warning.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_avatar_no_catalog_lists_warns_with_its_did_you_mean_in_Validate()
        {
            Project project = Video.Landscape().Scene(s => s.Avatar("M000045059", "BG00002320").Script("Hi")).Build();

            ValidationReport report = project.Validate();
            Assert.False(report.HasErrors, report.ToString());
            ValidationProblem warning = Assert.Single(report.Warnings, p => p.RuleId == "AIS0011");
            Assert.Equal("scenes[0].clips[0].model.ai_name", warning.Path);
            Assert.Equal("The avatar 'M000045059' is in no avatar catalog of this build. Did you mean 'M000045058'? Known: M000045058. If your account has it, it is sent (the client checks the account before sending); add it to a catalog file (ExportAvatarCatalogAsync writes the account's) for typed constants.", warning.Message);
        }

        [Fact]
        public void A_clip_given_a_size_but_no_place_is_put_at_the_canvas_corner()
        {
            Project project = Video.Landscape().Scene(s => s.Image("/a.png", i => i.Size(100, 100))).Build();

            Clip clip = project.Scenes[0].Clips[0];
            Assert.Equal((0d, 0d), (clip.Left!.Value, clip.Top!.Value));
        }

        [Fact]
        public void An_animation_gets_delay_0_unless_one_is_set()
        {
            Project project = Video.Landscape().Scene(s => s.Text("t", t => t.Animation(an => an.Type(AnimationType.FadeIn).Duration(2)))).Build();

            Assert.Equal(0, ((TextClip)project.Scenes[0].Clips[0]).Animation!.Delay);
            Assert.DoesNotContain(project.Validate(), p => p.RuleId == "AIS1004");
        }

        [Fact]
        public void An_animation_without_its_type_or_duration_is_refused_by_Build_naming_the_clip_and_what_is_missing()
        {
            ProjectBuilder noType = Video.Landscape().Scene(s => s.Text("t", t => t.Id("title").Animation(an => an.Duration(2))));
            ProjectBuilder noDuration = Video.Landscape().Scene(s => s.Image("/a.png", i => i.Animation(an => an.Type(AnimationType.ZoomIn))));
            ProjectBuilder noDelay = Video.Landscape().Scene(s => s.Shape(ShapeName.Rectangle, sh => sh.Animation(new Animation { Type = AnimationType.FadeOut, Duration = 1 })));

            Assert.StartsWith("Scene 0, clip 0 (textImage 'title'): its animation has no type (Type(AnimationType.FadeIn), say). The reference requires", Assert.Throws<InvalidOperationException>(() => noType.Build()).Message, StringComparison.Ordinal);
            Assert.Contains("its animation has no duration (Duration(seconds), 1 to 30).", Assert.Throws<InvalidOperationException>(() => noDuration.Build()).Message, StringComparison.Ordinal);
            Assert.Contains("its animation has no delay (Delay(seconds), 0 to 30).", Assert.Throws<InvalidOperationException>(() => noDelay.Build()).Message, StringComparison.Ordinal);
        }
    }
}
