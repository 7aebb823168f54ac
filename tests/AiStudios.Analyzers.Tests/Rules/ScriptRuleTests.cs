using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>AIS0007 a line for no avatar of the scene, dialogues (AIS0008 retired), AIS0009 nothing to say, AIS0010 markup, AIS0017 an ambiguous speaker.</summary>
    public sealed class ScriptRuleTests
    {
        private const string Avatar = @"new AvatarClip { Id = ""a"", Width = 679, Height = 2229, Left = 630, Top = 144, Layer = 1, Model = new AvatarModel { AvatarId = ""M000045058"", ClothesId = ""BG00002320"" } }";

        [Fact]
        public Task AIS0007_a_script_naming_other_clothes_than_the_avatar_wears() => Verify.AnalyzersAsync(Snippets.Method(
            $@"var scene = new Scene
        {{
            SceneIndex = 0,
            Clips = {{ {Avatar} }},
            Scripts = new List<Script> {{ new Script {{ Text = ""<p>Hi</p>"", ModelId = ""M000045058"", ClothId = {{|AIS0007:""BG00000001""|}} }} }},
        }};"));

        [Fact]
        public Task AIS0007_a_script_naming_another_avatar() => Verify.AnalyzersAsync(Snippets.Method(
            $@"var scene = new Scene
        {{
            SceneIndex = 0,
            Clips = {{ {Avatar} }},
            Scripts = new List<Script> {{ new Script {{ Text = ""<p>Hi</p>"", ModelId = {{|AIS0007:""M000099999""|}}, ClothId = ""BG00002320"" }} }},
        }};"));

        [Fact]
        public Task AIS0007_a_script_in_a_scene_without_an_avatar_fails_before_Build_would() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/a.png"").{|AIS0007:Script|}(""Hello"")).Build()"));

        [Fact]
        public Task AIS0007_does_not_fire_for_a_matching_script() => Verify.AnalyzersAsync(Snippets.Method(
            $@"var scene = new Scene
        {{
            SceneIndex = 0,
            Clips = {{ {Avatar} }},
            Scripts = new List<Script> {{ new Script {{ Text = ""<p>Hi</p>"", ModelId = ""M000045058"", ClothId = ""BG00002320"" }} }},
        }};"));

        private const string SecondAvatar = @"new AvatarClip { Id = ""b"", Width = 679, Height = 2229, Left = 1000, Top = 144, Layer = 2, Model = new AvatarModel { AvatarId = ""M000320746"", ClothesId = ""BG00007030"" } }";

        [Fact]
        public Task A_dialogue_of_two_avatars_with_a_line_each_is_what_the_reference_allows() => Verify.AnalyzersAsync(Snippets.Method(
            // The pre-made-project tutorial: one scripts entry per spoken line, each naming its avatar (AIS0008, "one
            // script per scene", is retired). The second avatar is in no catalog: a warning, the account may have it.
            $@"var scene = new Scene
        {{
            SceneIndex = 0,
            Clips = {{ {Avatar}, {SecondAvatar.Replace(@"AvatarId = ""M000320746""", @"AvatarId = {|AIS0011:""M000320746""|}")} }},
            Scripts = new List<Script>
            {{
                new Script {{ Text = ""<p>Hi, how are you?</p>"", IsTts = false, ModelId = ""M000045058"", ClothId = ""BG00002320"" }},
                new Script {{ Text = ""<p>Fine, thanks.</p>"", IsTts = false, ModelId = ""M000320746"", ClothId = ""BG00007030"" }},
            }},
        }};"));

        [Fact]
        public Task AIS0007_a_dialogue_line_naming_an_avatar_no_clip_of_the_scene_is() => Verify.AnalyzersAsync(Snippets.Method(
            $@"var scene = new Scene
        {{
            SceneIndex = 0,
            Clips = {{ {Avatar}, {SecondAvatar.Replace(@"AvatarId = ""M000320746""", @"AvatarId = {|AIS0011:""M000320746""|}")} }},
            Scripts = new List<Script>
            {{
                new Script {{ Text = ""<p>Hi</p>"", ModelId = ""M000045058"", ClothId = ""BG00002320"" }},
                new Script {{ Text = ""<p>Who?</p>"", ModelId = {{|AIS0007:""M000099999""|}}, ClothId = ""BG00002320"" }},
            }},
        }};"));

        [Fact]
        public Task AIS0017_two_avatar_clips_that_are_the_speaker_a_line_names() => Verify.AnalyzersAsync(Snippets.Method(
            $@"var scene = new Scene
        {{
            SceneIndex = 0,
            Clips = {{ {Avatar}, {Avatar.Replace(@"Id = ""a""", @"Id = ""b""").Replace("Layer = 1", "Layer = 2").Replace("Left = 630", "Left = 1200")} }},
            Scripts = new List<Script>
            {{
                new Script {{ Text = ""<p>Hi</p>"", ModelId = {{|AIS0017:""M000045058""|}}, ClothId = ""BG00002320"" }},
                new Script {{ Text = ""<p>Me again</p>"", ModelId = ""M000045058"", ClothId = ""BG00002320"" }},
            }},
        }};"));

        [Fact]
        public Task A_builder_dialogue_names_each_lines_speaker() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s
                .Avatar(Avatars.M000045058.BG00002320, a => a.Position(200, 145))
                .Avatar({|AIS0011:new AvatarClothes(""M000320746"", ""BG00007030"")|}, a => a.Position(1100, 145))
                .Dialogue(d => d.Say(Avatars.M000045058.BG00002320, ""Hi, how are you?"").Say(new AvatarClothes(""M000320746"", ""BG00007030""), ""Fine, thanks."")))
            .Build()"));

        [Fact]
        public Task AIS0007_a_builder_dialogue_line_for_an_avatar_not_in_the_scene_fails_before_Build_would() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s
                .Avatar(Avatars.M000045058.BG00002320)
                .Dialogue(d => d.Say(Avatars.M000045058.BG00002320, ""Hi"").{|AIS0007:Say|}(new AvatarClothes(""M000320746"", ""BG00007030""), ""Anyone?"")))
            .Build()"));

        [Fact]
        public Task AIS0010_and_AIS0009_are_checked_on_every_line_of_a_dialogue() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s
                .Avatar(Avatars.M000045058.BG00002320)
                .Dialogue(d => d.SayMarkup(Avatars.M000045058.BG00002320, {|AIS0010:""<p>Hi <b>you</b></p>""|}).Say(Avatars.M000045058.BG00002320, {|AIS0009:""  ""|})))
            .Build()"));

        [Fact]
        public Task AIS0009_an_avatar_without_a_script() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.{|AIS0009:Avatar|}(""M000045058"")).Build()"));

        [Fact]
        public Task AIS0009_an_empty_script() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").Script({|AIS0009:""  ""|})).Build()"));

        [Fact]
        public Task AIS0009_markup_without_words() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").ScriptMarkup({|AIS0009:""<p>&nbsp;</p>""|})).Build()"));

        [Fact]
        public Task AIS0009_does_not_fire_with_speech_or_without_an_avatar() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").Script(""Hello"")).Scene(s => s.Image(""/a.png"")).Build()"));

        [Fact]
        public Task AIS0010_markup_other_than_p_and_span() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").ScriptMarkup({|AIS0010:""<p>Hello <b>world</b></p>""|})).Build()"));

        [Fact]
        public Task AIS0010_in_the_older_per_clip_script() => Verify.AnalyzersAsync(Snippets.Method(
            @"var script = new ClipScript { Text = {|AIS0010:""<p>Hi<br/>there</p>""|} };"));

        [Fact]
        public Task AIS0010_an_attribute_the_editor_does_not_write() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").ScriptMarkup({|AIS0010:""<p onclick='alert(1)'>Hello</p>""|})).Build()"));

        [Fact]
        public Task AIS0010_does_not_fire_for_style_class_and_data_attributes() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").ScriptMarkup(""<p class=\""intro\"">Hello <span style='color: red' data-voice=x>world</span></p>"")).Build()"));

        [Fact]
        public Task AIS0010_does_not_fire_for_p_span_or_plain_text_with_angle_brackets() => Verify.AnalyzersAsync(Snippets.Project(
            // Script(text) encodes "<b>" as text, so it is spoken as written, not markup.
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").ScriptMarkup(""<p>Hello <span>world</span>, 1 < 2</p>"")).Scene(s => s.Avatar(""M000045058"").Script(""Use <b> for bold"")).Build()"));
    }
}
