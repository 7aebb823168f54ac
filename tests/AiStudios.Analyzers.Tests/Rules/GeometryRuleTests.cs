using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>AIS0001 (wholly outside), AIS0002 (mostly outside), AIS0003 (a size that draws nothing).</summary>
    public sealed class GeometryRuleTests
    {
        [Fact]
        public Task AIS0001_clip_wholly_right_of_the_canvas_is_an_error_on_its_call() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.{|AIS0001:Text|}(""Title"", t => t.Position(5000, 0).Size(800, 120))).Build()"));

        [Fact]
        public Task AIS0001_portrait_canvas_is_narrower_than_landscape() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Portrait().Scene(s => s.{|AIS0001:Image|}(""/logo.png"", i => i.Position(1200, 100).Size(400, 300))).Build()"));

        [Fact]
        public Task AIS0001_does_not_fire_for_a_clip_on_the_canvas() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/logo.png"", i => i.Position(1200, 100).Size(400, 300))).Build()"));

        [Fact]
        public Task AIS0001_rotation_can_take_a_clip_off_the_canvas() => Verify.AnalyzersAsync(Snippets.Project(
            // Turned 180 degrees about its top-left corner at (0, 0), the box lies at x -400..0, y -300..0.
            @"Video.Landscape().Scene(s => s.{|AIS0001:Image|}(""/logo.png"", i => i.Position(0, 0).Size(400, 300).Angle(180))).Build()"));

        [Fact]
        public Task AIS0002_clip_mostly_off_the_right_edge_is_a_warning() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.{|AIS0002:Shape|}(ShapeName.Circle, sh => sh.Position(1850, 10).Size(200, 100))).Build()"));

        [Fact]
        public Task AIS0002_does_not_fire_when_less_than_half_is_outside() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Shape(ShapeName.Circle, sh => sh.Position(1800, 10).Size(200, 100))).Build()"));

        [Fact]
        public Task AIS0002_scale_counts_in_the_drawn_size() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.{|AIS0002:Shape|}(ShapeName.Circle, sh => sh.Position(1500, 10).Size(200, 100).Scale(5))).Build()"));

        [Fact]
        public Task AIS0002_an_avatar_is_drawn_at_its_editor_scale() => Verify.AnalyzersAsync(Snippets.Project(
            // 679 x 2229 at editor scale 0.3 and Scale(1.5) is 305.6 x 1003 px: from top 700, 62% hangs below 1080.
            @"Video.Landscape().Scene(s => s.{|AIS0002:Avatar|}(""M000045058"", a => a.Position(100, 700).Scale(1.5)).Script(""Hello"")).Build()"));

        [Fact]
        public Task AIS0003_zero_width_is_an_error_on_the_value() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/logo.png"", i => i.Size({|AIS0003:0|}, 100))).Build()"));

        [Fact]
        public Task AIS0003_negative_and_not_a_number_scales_are_errors() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/logo.png"", i => i.Scale({|AIS0003:-1|}, {|AIS0003:double.NaN|}))).Build()"));

        [Fact]
        public Task AIS0003_uniform_scale_of_zero_is_reported_once_per_axis_on_the_one_literal() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/logo.png"", i => i.Scale({|AIS0003:{|AIS0003:0|}|}))).Build()"));

        [Fact]
        public Task AIS0003_does_not_fire_for_positive_sizes() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/logo.png"", i => i.Size(0.5, 100).Scale(0.01))).Build()"));

        [Fact]
        public Task Audio_clips_are_not_drawn_and_get_no_geometry_diagnostic() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Audio(""/music.mp3"", ""Music"", a => a.Position(9000, 9000))).Build()"));

        [Fact]
        public Task A_position_that_is_not_constant_is_not_judged() => Verify.AnalyzersAsync(Snippets.Method(
            @"double x = Environment.TickCount;
        Video.Landscape().Scene(s => s.Text(""Title"", t => t.Position(x, 0))).Build();"));

        [Fact]
        public Task A_local_assigned_once_from_a_constant_is_read() => Verify.AnalyzersAsync(Snippets.Method(
            @"var x = 5000;
        Video.Landscape().Scene(s => s.{|AIS0001:Text|}(""Title"", t => t.Position(x, 0))).Build();"));

        [Fact]
        public Task A_local_assigned_again_is_not_read() => Verify.AnalyzersAsync(Snippets.Method(
            @"var x = 5000;
        x = 10;
        Video.Landscape().Scene(s => s.Text(""Title"", t => t.Position(x, 0))).Build();"));

        [Fact]
        public Task A_const_is_read() => Verify.AnalyzersAsync(Snippets.Method(
            @"const double Right = 1900;
        Video.Landscape().Scene(s => s.{|AIS0002:Text|}(""Title"", t => t.Position(Right, 0).Size(800, 120))).Build();"));

        [Fact]
        public Task A_standalone_clip_is_judged_against_every_canvas() => Verify.AnalyzersAsync(Snippets.Method(
            // Off a landscape canvas only (x 1200..1600 is inside 1920 but outside 1080): not reported without the project.
            @"var inBoth = new ImageClip { Id = ""a"", SourceUrl = ""/a.png"", Left = 1200, Top = 0, Width = 400, Height = 300 };
        var inNeither = {|AIS0001:new ImageClip|} { Id = ""b"", SourceUrl = ""/b.png"", Left = 2000, Top = 0, Width = 400, Height = 300 };"));
    }
}
