using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>
    /// Code the analyzers cannot follow must leave them silent and unharmed: any exception would
    /// show as an AD0001 diagnostic and fail these tests.
    /// </summary>
    public sealed class UnusualCodeTests
    {
        [Fact]
        public Task Method_groups_null_lambdas_and_named_arguments_out_of_order() => Verify.AnalyzersAsync(Snippets.Method(
            @"Action<SceneBuilder> intro = s => s.Text(""Hi"");
        Video.Landscape()
            .Scene(intro)
            .Scene(Helper)
            .Scene(s => s.Image(configure: null, sourceUrl: ""/a.png"").Audio(label: ""Music"", sourceUrl: ""/a.mp3""))
            .Build();
    }

    private static void Helper(SceneBuilder s)
    {
        s.Image(""/b.png"", i => i.Position(9000, 9000));"));

        [Fact]
        public Task Builders_in_loops_helpers_and_nested_lambdas_that_capture_the_scene() => Verify.AnalyzersAsync(Snippets.Method(
            @"Video.Landscape().Scene(s =>
        {
            for (int i = 0; i < 3; i++)
            {
                s.Image(""/a.png"", img => img.Id(""same"").Layer(1));
            }

            s.Text(""Hi"", t => { s.Image(""/c.png""); t.Opacity(50); });
            Decorate(s);
            _ = s.Target.Clips.Count;
        }).Build();
    }

    private static void Decorate(SceneBuilder s)
    {"));

        [Fact]
        public Task Model_objects_built_piecemeal_and_with_computed_values() => Verify.AnalyzersAsync(Snippets.Method(
            @"var random = new Random();
        var clip = new TextClip { Id = ""t"", Text = ""x"", FontSize = random.Next(), Width = random.NextDouble(), Height = 10 };
        clip.AdditionalProperties[""x-extra""] = default;
        clip.Opacity = random.Next(1, 100);
        clip.Animation = new Animation { Type = (AnimationType)random.Next(), Duration = null };
        var scene = new Scene { SceneIndex = 0, Clips = new List<Clip>(new Clip[] { clip }) };
        var project = new Project { Scenes = { scene }, Orientation = random.Next() > 0 ? Orientation.Portrait : null };
        project.Scenes[0].Clips.Add(new UnknownClip(""sticker"") { Id = ""u"", Width = 1, Height = 1 });"));

        [Fact]
        public Task Avatars_from_models_and_catalog_calls_the_analyzers_cannot_read() => Verify.AnalyzersAsync(Snippets.Method(
            @"AvatarModel model = AvatarCatalog.Default.Get(""M000045058"").CreateModel();
        Video.Portrait()
            .Scene(s => s.Avatar(model, a => a.Scale(2)).Script(Environment.UserName))
            .Scene(s => s.Avatar(AvatarCatalog.Default.Get(""M000045058"")).ScriptMarkup(Environment.UserName))
            .Build();"));
    }
}
