using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>AIS0005 shared layers, AIS0006 duplicate ids: rules between the clips of one scene.</summary>
    public sealed class SceneRuleTests
    {
        [Fact]
        public Task AIS0005_two_clips_on_one_layer_warn_on_the_second() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/a.png"", i => i.Layer(3)).Image(""/b.png"", i => i.Layer({|AIS0005:3|}))).Build()"));

        [Fact]
        public Task AIS0005_does_not_fire_when_the_builder_assigns_around_an_explicit_layer() => Verify.AnalyzersAsync(Snippets.Project(
            // Build() gives the first clip the lowest free layer above 0 that no clip asks for: 2, not 1.
            @"Video.Landscape().Scene(s => s.Image(""/a.png"").Image(""/b.png"", i => i.Layer(1))).Build()"));

        [Fact]
        public Task Defaults_follow_the_orientation_the_chain_ends_with() => Verify.AnalyzersAsync(Snippets.Project(
            // Build() sizes the image for the portrait canvas set last; a Position past 1080 is then off it.
            @"Video.Landscape().Scene(s => s.{|AIS0001:Image|}(""/a.png"", i => i.Position(1500, 0))).Orientation(Orientation.Portrait).Build()"));

        [Fact]
        public Task AIS0005_does_not_fire_for_layers_in_call_order_or_for_audio() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/a.png"").Image(""/b.png"").Audio(""/a.mp3"", ""Music"", a => a.Layer(1))).Build()"));

        [Fact]
        public Task AIS0005_does_not_fire_when_a_clip_is_added_conditionally() => Verify.AnalyzersAsync(Snippets.Method(
            @"bool logo = Environment.TickCount > 0;
        Video.Landscape().Scene(s =>
        {
            s.Image(""/a.png"", i => i.Layer(2));
            if (logo) s.Image(""/b.png"", i => i.Layer(2));
        }).Build();"));

        [Fact]
        public Task AIS0006_a_duplicate_id_is_an_error_on_the_second() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/a.png"", i => i.Id(""logo"")).Text(""Hi"", t => t.Id({|AIS0006:""logo""|}))).Build()"));

        [Fact]
        public Task AIS0006_in_an_object_initializer() => Verify.AnalyzersAsync(Snippets.Method(
            @"var scene = new Scene
        {
            SceneIndex = 0,
            Clips =
            {
                new ImageClip { Id = ""logo"", SourceUrl = ""/a.png"", Width = 100, Height = 100, Layer = 1 },
                new ImageClip { Id = {|AIS0006:""logo""|}, SourceUrl = ""/b.png"", Width = 100, Height = 100, Layer = 2 },
            },
        };"));

        [Fact]
        public Task AIS0006_does_not_fire_for_the_same_id_in_two_scenes() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Image(""/a.png"", i => i.Id(""logo""))).Scene(s => s.Image(""/a.png"", i => i.Id(""logo""))).Build()"));
    }
}
