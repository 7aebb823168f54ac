using System;
using System.IO;
using System.Threading.Tasks;
using AiStudios.Tests.Storyboards.Infrastructure;
using AiStudios.Validation;

namespace AiStudios.Tests.Storyboards.Browser
{
    /// <summary>
    /// The storyboard in a real browser: Debian's headless Chromium screenshots a scene's SVG and the
    /// pixels are where the geometry says. Skipped, naming the package, where chromium is not installed.
    /// </summary>
    public class ChromiumPixelTests
    {
        [SkippableFact]
        public async Task Background_text_box_and_off_canvas_hatch_are_where_the_geometry_says()
        {
            Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
            Project project = SampleProjects.PixelProbe();
            ClipBox text = project.Scenes[0].Clips[0].GetDrawnBox()!;
            ClipBox offCanvas = project.Scenes[0].Clips[1].GetDrawnBox()!;
            StoryboardScene scene = project.ToStoryboard().Scenes[0];
            (double viewX, double viewY, int width, int height) = ViewOf(scene.Svg);

            string folder = Path.Combine(Path.GetTempPath(), "aistudios-pixels-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                string file = Path.Combine(folder, scene.FileName);
                File.WriteAllText(file, scene.Svg);
                PngImage png = await HeadlessChromium.ScreenshotAsync(file, width, height);
                Assert.Equal((width, height), (png.Width, png.Height));

                // Canvas px to screenshot px: the view starts at (viewX, viewY) and is drawn 1:1.
                (byte R, byte G, byte B) At(double x, double y) => png[(int)Math.Round(x - viewX), (int)Math.Round(y - viewY)];

                // The background colour, rgb(18,52,86), away from every clip.
                AssertColour((18, 52, 86), At(1700, 900), "background");

                // The text clip's box, 400 x 100 scaled 1.5 at (200, 300): filled inside, background just outside.
                Assert.Equal((200d, 300d, 600d, 150d), (text.Left, text.Top, text.Width, text.Height));
                AssertColour((0, 255, 0), At(text.Left + 8, text.Top + 8), "inside the text box, top left");
                AssertColour((0, 255, 0), At(text.Left + text.Width - 8, text.Top + text.Height - 8), "inside the text box, bottom right");
                AssertColour((18, 52, 86), At(text.Left + text.Width + 8, text.Top + (text.Height / 2)), "right of the text box");
                AssertColour((18, 52, 86), At(text.Left + (text.Width / 2), text.Top + text.Height + 8), "below the text box");

                // The image at x 2000 to 2300 is off the 1920-wide canvas: hatched red and white where the view shows it.
                int red = 0, white = 0;
                for (double x = offCanvas.MinX + 10; x < Math.Min(offCanvas.MaxX, viewX + width) - 10; x += 3)
                {
                    for (double y = offCanvas.MinY + 10; y < offCanvas.MaxY - 10; y += 3)
                    {
                        (byte r, byte g, byte b) = At(x, y);
                        red += r > 220 && g < 40 && b < 40 ? 1 : 0;
                        white += r > 235 && g > 235 && b > 235 ? 1 : 0;
                    }
                }

                Assert.True(red > 300, $"expected red hatching off the canvas, found {red} red samples");
                Assert.True(white > 300, $"expected the hatch's white stripes, found {white} white samples");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static void AssertColour((int R, int G, int B) expected, (byte R, byte G, byte B) actual, string where)
        {
            bool close = Math.Abs(expected.R - actual.R) <= 3 && Math.Abs(expected.G - actual.G) <= 3 && Math.Abs(expected.B - actual.B) <= 3;
            Assert.True(close, $"{where}: expected rgb{expected}, found rgb{actual}");
        }

        private static (double X, double Y, int Width, int Height) ViewOf(string svg)
        {
            System.Xml.Linq.XElement root = System.Xml.Linq.XDocument.Parse(svg).Root!;
            string[] box = ((string)root.Attribute("viewBox")!).Split(' ');
            double Parse(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            return (Parse(box[0]), Parse(box[1]), (int)Parse((string)root.Attribute("width")!), (int)Parse((string)root.Attribute("height")!));
        }
    }
}
