using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>AIS0004 ranges, AIS0013 colours, AIS0015 enum values, AIS0016 empty values, AIS1002 values JSON cannot carry.</summary>
    public sealed class ValueRuleTests
    {
        [Theory]
        [InlineData(@"a => a.Opacity({|AIS0004:150|})")]
        [InlineData(@"a => a.Opacity({|AIS0004:0|})")]
        [InlineData(@"a => a.Layer({|AIS0004:-1|})")]
        public Task AIS0004_clip_values_out_of_range(string configure) => Verify.AnalyzersAsync(Snippets.Project(
            $@"Video.Landscape().Scene(s => s.Avatar(""M000045058"", {configure}).Script(""Hello"")).Build()"));

        [Theory]
        [InlineData(@"t => t.FontSize({|AIS0004:0|})")]
        [InlineData(@"t => t.Animation(an => an.Duration({|AIS0004:31|}))")]
        [InlineData(@"t => t.Animation(an => an.Duration({|AIS0004:0|}).Delay({|AIS0004:-1|}))")]
        [InlineData(@"t => t.Shadow(sh => sh.Blur({|AIS0004:11|}))")]
        [InlineData(@"t => t.Shadow(sh => sh.OffsetX({|AIS0004:0|}))")]
        [InlineData(@"t => t.StrokeWidth({|AIS0004:-2|})")]
        public Task AIS0004_text_values_out_of_range(string configure) => Verify.AnalyzersAsync(Snippets.Project(
            $@"Video.Landscape().Scene(s => s.Text(""Title"", {configure})).Build()"));

        [Fact]
        public Task AIS0004_volume_of_video_and_audio() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Video(""/v.mp4"", v => v.Volume({|AIS0004:101|})).Audio(""/a.mp3"", ""Music"", a => a.Volume({|AIS0004:0|}))).Build()"));

        [Fact]
        public Task AIS0004_in_an_object_initializer_and_an_assignment() => Verify.AnalyzersAsync(Snippets.Method(
            @"var shadow = new Shadow { Blur = {|AIS0004:20|} };
        shadow.OffsetY = {|AIS0004:11|};"));

        [Fact]
        public Task AIS0004_does_not_fire_at_the_limits() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Text(""Title"", t => t.Opacity(1).FontSize(1).StrokeWidth(0).Animation(an => an.Duration(30).Delay(0)).Shadow(sh => sh.Blur(10).OffsetX(0.1).OffsetY(10)))
                .Video(""/v.mp4"", v => v.Volume(100).Opacity(100)).Audio(""/a.mp3"", ""Music"", a => a.Volume(1))).Build()"));

        [Theory]
        [InlineData(@"""red""")]
        [InlineData(@"""#fff""")]
        [InlineData(@"""rgb(256,0,0)""")]
        [InlineData(@"""rgba(0,0,0,1)""")]
        [InlineData(@"""#12345G""")]
        public Task AIS0013_colours_the_service_does_not_read(string color) => Verify.AnalyzersAsync(Snippets.Project(
            $@"Video.Landscape().Scene(s => s.Text(""Title"", t => t.Fill({{|AIS0013:{color}|}}))).Build()"));

        [Fact]
        public Task AIS0013_in_background_shadow_and_initializer() => Verify.AnalyzersAsync(Snippets.Method(
            @"Video.Landscape().Scene(s => s.Background(""/bg.png"", {|AIS0013:""green""|}).Shape(ShapeName.Star, sh => sh.Stroke({|AIS0013:""#00""|}).Shadow(x => x.Color({|AIS0013:""black""|})))).Build();
        var text = new TextClip { Id = ""t"", Width = 10, Height = 10, Text = ""x"", FontSize = 10, Fill = ""#000000"", BackgroundColor = {|AIS0013:""white""|} };"));

        [Fact]
        public Task AIS0013_does_not_fire_for_the_documented_notations() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Background(""/bg.png"", ""rgb(54,188,37)"").Text(""Title"", t => t.Fill(""#ffffff"").Stroke(""#00000060"").BackgroundColor(""rgb( 0, 0, 255 )"")).Text(""None"", t => t.Stroke("""").BackgroundColor("""")).Shape(ShapeName.Star, sh => sh.Stroke(""""))).Build()"));

        [Fact]
        public Task The_reference_values_raise_no_diagnostic_in_builder_code_or_initializers() => Verify.AnalyzersAsync(Snippets.Method(
            // The 1.6.x reference: fontWeight an integer (a fetched project may carry a string), '' the default of stroke
            // and backgroundColor, fontSize fractional (its tutorial's px-to-pt conversion gives 7.5).
            @"Video.Landscape().Scene(s => s.Text(""Title"", t => t.FontWeight(700).FontSize(7.5).Stroke("""").BackgroundColor("""")).Text(""Bold"", t => t.FontWeight(""bold""))).Build();
        var text = new TextClip { Id = ""t"", Width = 10, Height = 10, Text = ""x"", FontSize = 7.5, FontWeight = 700, Fill = ""#000000"", Stroke = """", BackgroundColor = """" };"));

        [Fact]
        public Task AIS0015_an_enum_value_that_is_not_defined() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Shape({|AIS0015:(ShapeName)42|}, sh => sh.Animation(an => an.Type({|AIS0015:(AnimationType)99|})))).Build()"));

        [Fact]
        public Task AIS0015_does_not_fire_for_defined_values() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Portrait().Resolution(Resolution.Hd720).Scene(s => s.Shape(ShapeName.Rectangle, sh => sh.Animation(an => an.Type(AnimationType.ZoomOut)))).Build()"));

        [Fact]
        public Task AIS0016_an_empty_clip_id() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/a.png"", i => i.Id({|AIS0016:""""|}))).Build()"));

        [Fact]
        public Task AIS0016_an_empty_audio_label_and_avatar_id() => Verify.AnalyzersAsync(Snippets.Method(
            @"Video.Landscape().Scene(s => s.Audio(""/a.mp3"", {|AIS0016:""""|})).Build();
        var model = new AvatarModel { AvatarId = {|AIS0016:""""|}, ClothesId = ""BG00002320"" };"));

        [Fact]
        public Task AIS0016_does_not_fire_for_a_list_that_may_still_grow() => Verify.AnalyzersAsync(Snippets.Method(
            @"var project = new Project { Scenes = new List<Scene>() };
        project.Scenes.Add(new Scene { SceneIndex = 0 });"));

        [Fact]
        public Task AIS0016_does_not_fire_for_a_builder_kept_in_a_variable() => Verify.AnalyzersAsync(Snippets.Method(
            @"var video = Video.Landscape().Name(""Later"");
        video.Scene(s => s.Image(""/a.png""));
        video.Build();"));

        [Fact]
        public Task AIS1002_not_a_number_and_infinity_cannot_be_sent() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Text(""Title"", t => t.Angle({|AIS1002:double.NaN|}).Position({|AIS1002:double.PositiveInfinity|}, 0))).Build()"));

        [Fact]
        public Task AIS1002_does_not_fire_for_finite_numbers() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Text(""Title"", t => t.Angle(-45.5).Position(100, 300).Size(400, 100))).Build()"));
    }
}
