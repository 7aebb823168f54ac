using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using AiStudios.Tests.Storyboards.Infrastructure;
using AiStudios.Validation;

namespace AiStudios.Tests.Storyboards
{
    public class StoryboardTests
    {
        private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

        [Fact]
        public void The_same_project_gives_the_same_bytes_in_every_culture()
        {
            string Draw(string culture)
            {
                CultureInfo before = CultureInfo.CurrentCulture;
                try
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                    Storyboard storyboard = SampleProjects.Showcase().ToStoryboard(new StoryboardOptions { ShowSafeAreas = true });
                    return string.Join("\n---\n", storyboard.Scenes.Select(s => s.Svg)) + storyboard.Html;
                }
                finally
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = before;
                }
            }

            string invariant = Draw("en-US");
            Assert.Equal(invariant, Draw("de-DE"));
            Assert.Equal(invariant, Draw("ar-SA"));
            Assert.Equal(invariant, Draw("tr-TR"));
            Assert.DoesNotContain(",5", invariant.Replace(", ", " "));
        }

        [Fact]
        public void Every_scene_is_well_formed_svg_1_1_with_escaped_text()
        {
            Storyboard storyboard = SampleProjects.Showcase().ToStoryboard();

            foreach (StoryboardScene scene in storyboard.Scenes)
            {
                XDocument document = XDocument.Parse(scene.Svg);
                Assert.Equal(Svg + "svg", document.Root!.Name);
                Assert.Equal("1.1", (string?)document.Root.Attribute("version"));
                Assert.Equal("Scene " + scene.Number + " of 2: Quarterly update <draft> & \"notes\"", document.Root.Element(Svg + "title")!.Value);
            }

            Assert.Contains("Quarterly update &lt;draft&gt; &amp; &quot;notes&quot;", storyboard.Html);
            Assert.DoesNotContain("<draft>", storyboard.Html);
            using var reader = XmlReader.Create(new StringReader(storyboard.Scenes[0].Svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }

        [Fact]
        public void Text_that_is_not_xml_is_escaped_and_control_characters_replaced()
        {
            Project project = Video.Landscape().Scene(s => s
                .Background(b => b.SourceColor("#ffffff"))
                .Text("<script>alert(1)</script> & \u0001 ]]>", t => t.Position(10, 10).Size(800, 100).FontSize(20)))
                .Build();

            string svg = project.ToStoryboard().Scenes[0].Svg;

            XDocument document = XDocument.Parse(svg);
            Assert.Equal("<script>alert(1)</script> & \uFFFD ]]>", document.Descendants(Svg + "tspan").Single().Value);
            Assert.DoesNotContain("<script>", svg);
        }

        [Fact]
        public void The_avatar_is_drawn_at_the_box_the_geometry_rules_judge()
        {
            Project project = SampleProjects.Seed();
            AvatarClip avatar = (AvatarClip)project.Scenes[0].Clips[0];
            ClipBox box = avatar.GetDrawnBox()!;

            XElement group = ClipGroup(project.ToStoryboard().Scenes[0].Svg, 0);

            // docs/geometry.md: 679 x 2229 at model.editor.scale 0.3, from (630.25, 144.6).
            Assert.Equal("translate(630.249 144.598)", (string?)group.Attribute("transform"));
            XElement frame = group.Elements(Svg + "rect").Single(r => (string?)r.Attribute("stroke-dasharray") is not null);
            Assert.Equal(203.7, double.Parse((string)frame.Attribute("width")!, CultureInfo.InvariantCulture), 3);
            Assert.Equal(668.7, double.Parse((string)frame.Attribute("height")!, CultureInfo.InvariantCulture), 3);
            Assert.Equal(box.Width, double.Parse((string)frame.Attribute("width")!, CultureInfo.InvariantCulture), 3);
            Assert.Contains(group.Descendants(Svg + "text"), t => t.Value == "M000045058 / BG00002320");
        }

        [Fact]
        public void Scale_angle_and_opacity_are_the_clips()
        {
            Storyboard storyboard = SampleProjects.Showcase().ToStoryboard();

            XElement chart = ClipGroup(storyboard.Scenes[0].Svg, 3);
            Assert.Equal("0.6", (string?)chart.Attribute("opacity"));

            XElement video = ClipGroup(storyboard.Scenes[1].Svg, 0);
            Assert.Equal("translate(960 200) rotate(10)", (string?)video.Attribute("transform"));

            XElement title = ClipGroup(SampleProjects.PixelProbe().ToStoryboard().Scenes[0].Svg, 0);
            XElement fill = title.Elements(Svg + "rect").First();
            Assert.Equal("600", (string?)fill.Attribute("width"));
            Assert.Equal("150", (string?)fill.Attribute("height"));
            Assert.Equal("#00ff00", (string?)fill.Attribute("fill"));
            Assert.Equal("scale(1.5 1.5)", (string?)title.Element(Svg + "g")!.Attribute("transform"));
        }

        [Fact]
        public void Clips_are_drawn_in_layer_order()
        {
            Project project = Video.Landscape().Scene(s => s
                .Text("top", t => t.Id("top").Layer(5).Position(0, 0).Size(100, 100).FontSize(10))
                .Text("bottom", t => t.Id("bottom").Layer(1).Position(0, 0).Size(100, 100).FontSize(10)))
                .Build();

            XDocument document = XDocument.Parse(project.ToStoryboard().Scenes[0].Svg);
            string[] order = document.Descendants(Svg + "tspan").Select(t => t.Value).ToArray();

            Assert.Equal(new[] { "bottom", "top" }, order);
        }

        [Fact]
        public void Parts_off_the_canvas_are_hatched_with_the_rule_id_beside_them()
        {
            Project project = SampleProjects.Showcase();
            ValidationReport report = project.Validate();
            Assert.Contains(report, p => p.RuleId == "AIS0001" && p.Path == "scenes[1].clips[1]");
            Assert.Contains(report, p => p.RuleId == "AIS0002" && p.Path == "scenes[1].clips[2]");

            XDocument document = XDocument.Parse(project.ToStoryboard().Scenes[1].Svg);

            string[] viewBox = ((string)document.Root!.Attribute("viewBox")!).Split(' ');
            Assert.True(double.Parse(viewBox[0], CultureInfo.InvariantCulture) < 0, "the view widens to show what lies off the canvas");
            XElement hatched = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "s2-off-canvas-parts");
            Assert.Equal("url(#s2-off-canvas)", (string?)hatched.Attribute("clip-path"));
            Assert.Equal(new[] { "translate(2100 80)", "translate(-300 900)" }, hatched.Elements(Svg + "g").Select(g => (string?)g.Attribute("transform")).ToArray());
            string[] labels = document.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("id"))?.StartsWith("s2-label-", StringComparison.Ordinal) == true).Select(g => g.Element(Svg + "text")!.Value).ToArray();
            Assert.Equal(new[] { "AIS0001 lost", "AIS0002 mostly-out" }, labels);
        }

        [Fact]
        public void Background_image_is_referenced_over_a_neutral_fill()
        {
            XDocument document = XDocument.Parse(SampleProjects.Showcase().ToStoryboard().Scenes[1].Svg);

            XElement background = document.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("id") == "s2-background");
            Assert.Equal("#c8ccd2", (string?)background.Attribute("fill"));
            XElement image = (XElement)background.NextNode!;
            Assert.Equal("/images/background/bg_blue_gradient.png", (string?)image.Attribute(XNamespace.Get("http://www.w3.org/1999/xlink") + "href"));
        }

        [Fact]
        public void Animations_get_a_badge_and_media_a_labelled_placeholder()
        {
            string svg = SampleProjects.Showcase().ToStoryboard().Scenes[0].Svg;
            XDocument document = XDocument.Parse(svg);

            XElement badge = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "s1-badge-1");
            Assert.Equal("fade-in 2 s, delay 1 s", badge.Element(Svg + "text")!.Value);
            Assert.Contains(ClipGroup(svg, 3).Descendants(Svg + "text"), t => t.Value == "image: revenue.png");
            Assert.NotNull(ClipGroup(svg, 2).Element(Svg + "path"));
        }

        [Fact]
        public void Writes_one_svg_per_scene_and_a_page_with_the_speech()
        {
            string folder = Path.Combine(Path.GetTempPath(), "aistudios-storyboard-" + Guid.NewGuid().ToString("N"));
            try
            {
                Storyboard storyboard = SampleProjects.Showcase().ToStoryboard();

                var written = storyboard.WriteTo(folder);

                Assert.Equal(new[] { "scene-01.svg", "scene-02.svg", "index.html" }, written.Select(Path.GetFileName).ToArray());
                Assert.Equal(storyboard.Scenes[1].Svg, File.ReadAllText(Path.Combine(folder, "scene-02.svg")));
                string page = File.ReadAllText(Path.Combine(folder, "index.html"));
                Assert.Contains("Hello! Here is what happened this quarter &amp; what comes next.", page);
                Assert.Contains("audio theme.mp3, volume 40 (not drawn)", page);
                Assert.Equal(2, page.Split("<svg ").Length - 1);
                Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void Absurd_numbers_and_missing_pieces_still_give_well_formed_svg()
        {
            const string Json = """
                {"name": "edge cases", "orientation": "portrait", "scenes": [
                  {"sceneIdx": 0, "clips": [
                    {"id": "far", "type": "textImage", "left": 1e308, "top": -1e308, "width": 1e300, "height": 5, "angle": 1e308, "text": "far", "fontSize": 10, "fill": "#ffffff"},
                    {"id": "tiny", "type": "shape", "shapeName": "Star", "left": 10, "top": 10, "width": 1e-300, "height": 1e-300, "fill": "rgb(300,0,0)"},
                    {"id": "zero", "type": "image", "width": 0, "height": 10, "source_url": ""},
                    {"id": "unknown", "type": "sticker", "width": 100, "height": 100, "left": 5, "top": 5}
                  ]},
                  {"sceneIdx": 1, "background": {"source_url": "javascript:alert(1)"}, "clips": []}
                ]}
                """;
            Project project = Project.FromJson(Json);

            Storyboard storyboard = project.ToStoryboard(new StoryboardOptions { ShowSafeAreas = true });

            Assert.Equal((1080, 1920), (storyboard.CanvasWidth, storyboard.CanvasHeight));
            foreach (StoryboardScene scene in storyboard.Scenes)
            {
                XDocument document = XDocument.Parse(scene.Svg);
                Assert.DoesNotContain("E+", scene.Svg);
                Assert.DoesNotContain("NaN", scene.Svg);
                Assert.DoesNotContain("Infinity", scene.Svg);
                Assert.DoesNotContain("javascript:", scene.Svg);
                Assert.NotNull(document.Root);
            }

            Assert.Contains(storyboard.Scenes[0].NotDrawn, n => n.StartsWith("clips[2] image 'zero'", StringComparison.Ordinal));
            Assert.Contains("sticker", storyboard.Scenes[0].Svg);
        }

        private static XElement ClipGroup(string svg, int position)
        {
            XDocument document = XDocument.Parse(svg);
            string suffix = "-clip-" + position.ToString(CultureInfo.InvariantCulture);
            return document.Descendants(Svg + "g").Single(g => ((string?)g.Attribute("id"))?.EndsWith(suffix, StringComparison.Ordinal) == true);
        }
    }
}
