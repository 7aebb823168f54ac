using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;
using AiStudios.CodeFixes;

namespace AiStudios.Analyzers.Tests.CodeFixes
{
    /// <summary>Each code fix's text, and that the fixed code has no diagnostic left.</summary>
    public sealed class CodeFixTests
    {
        [Fact]
        public Task Clamp_opacity_to_its_maximum() => Verify.CodeFixAsync<ClampValueCodeFix>(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Image(""/a.png"", i => i.Opacity({|AIS0004:150|}))).Build()"),
            Snippets.Project(@"Video.Landscape().Scene(s => s.Image(""/a.png"", i => i.Opacity(100))).Build()"));

        [Fact]
        public Task Clamp_font_size_above_its_exclusive_minimum_and_animation_duration() => Verify.CodeFixAsync<ClampValueCodeFix>(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Text(""Hi"", t => t.FontSize({|AIS0004:0|}).Animation(an => an.Duration({|AIS0004:45|}).Delay({|AIS0004:-3|})))).Build()"),
            Snippets.Project(@"Video.Landscape().Scene(s => s.Text(""Hi"", t => t.FontSize(1).Animation(an => an.Duration(30).Delay(0)))).Build()"));

        [Fact]
        public Task Clamp_in_an_object_initializer_keeps_the_trivia() => Verify.CodeFixAsync<ClampValueCodeFix>(
            Snippets.Method(@"var shadow = new Shadow { Blur = {|AIS0004:20|} /* soft */, OffsetX = {|AIS0004:0|} };"),
            Snippets.Method(@"var shadow = new Shadow { Blur = 10 /* soft */, OffsetX = 0.1 };"));

        [Fact]
        public Task Move_a_clip_back_inside_the_canvas() => Verify.CodeFixAsync<MoveClipInsideCanvasCodeFix>(
            Snippets.Project(@"Video.Landscape().Scene(s => s.{|AIS0001:Text|}(""Title"", t => t.Position(5000, -400).Size(800, 120))).Build()"),
            Snippets.Project(@"Video.Landscape().Scene(s => s.Text(""Title"", t => t.Position(1120, 0).Size(800, 120))).Build()"));

        [Fact]
        public Task Move_a_clip_that_is_mostly_outside() => Verify.CodeFixAsync<MoveClipInsideCanvasCodeFix>(
            Snippets.Project(@"Video.Portrait().Scene(s => s.{|AIS0002:Image|}(""/a.png"", i => i.Position(900, 1700).Size(400, 300))).Build()"),
            Snippets.Project(@"Video.Portrait().Scene(s => s.Image(""/a.png"", i => i.Position(680, 1620).Size(400, 300))).Build()"));

        [Fact]
        public Task Move_a_clip_of_a_project_initializer() => Verify.CodeFixAsync<MoveClipInsideCanvasCodeFix>(
            Snippets.Project(@"new Project { Orientation = Orientation.Landscape, Scenes = { new Scene { SceneIndex = 0, Clips = { {|AIS0001:new ImageClip|} { Id = ""a"", SourceUrl = ""/a.png"", Left = 2000, Top = -500.5, Width = 400, Height = 300 } } } } }"),
            Snippets.Project(@"new Project { Orientation = Orientation.Landscape, Scenes = { new Scene { SceneIndex = 0, Clips = { new ImageClip { Id = ""a"", SourceUrl = ""/a.png"", Left = 1520, Top = 0, Width = 400, Height = 300 } } } } }"));

        [Fact]
        public Task Replace_an_unknown_avatar_with_the_near_miss() => Verify.CodeFixAsync<ReplaceAvatarIdCodeFix>(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar({|AIS0011:""M000045059""|}).Script(""Hello"")).Build()"),
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar(""M000045058"").Script(""Hello"")).Build()"));

        [Fact]
        public Task Replace_unknown_clothes_with_the_near_miss() => Verify.CodeFixAsync<ReplaceAvatarIdCodeFix>(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar(""M000045058"", {|AIS0012:""bg00002321""|}).Script(""Hello"")).Build()"),
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar(""M000045058"", ""BG00002320"").Script(""Hello"")).Build()"));
    }
}
