using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>AIS0007 script/avatar mismatch, AIS0008 several scripts, AIS0009 nothing to say, AIS0010 markup.</summary>
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

        [Fact]
        public Task AIS0008_a_second_script_is_a_warning() => Verify.AnalyzersAsync(Snippets.Method(
            $@"var scene = new Scene
        {{
            SceneIndex = 0,
            Clips = {{ {Avatar} }},
            Scripts = new List<Script> {{ new Script {{ Text = ""<p>Hi</p>"" }}, {{|AIS0008:new Script|}} {{ Text = ""<p>there</p>"" }} }},
        }};"));

        [Fact]
        public Task AIS0008_does_not_fire_for_one_script() => Verify.AnalyzersAsync(Snippets.Method(
            @"var scene = new Scene { SceneIndex = 0, Scripts = new List<Script> { new Script { Text = ""<p>Hi</p>"" } } };"));

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
