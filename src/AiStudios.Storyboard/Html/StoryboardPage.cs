using System.Globalization;
using System.Linq;
using System.Text;
using AiStudios.Storyboards.Svg;
using AiStudios.Validation;

namespace AiStudios.Storyboards.Html
{
    /// <summary>
    /// The HTML page of a storyboard: every scene in order, its SVG inline (so background images
    /// load and the page stands alone), its speech beneath, and what was not drawn and why.
    /// </summary>
    internal static class StoryboardPage
    {
        private const string Style =
            "body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;margin:2rem;color:#1f2933;background:#fafafa}"
            + "section{margin:0 0 3rem}"
            + ".frame svg{width:100%;height:auto;max-width:1200px;display:block;border:1px solid #cbd2d9;background:#fff}"
            + ".speech{white-space:pre-wrap;max-width:1200px;font-size:1.1rem;line-height:1.5}"
            + ".problems li,.notes li{font-family:monospace}"
            + ".error{color:#b00020}.warning{color:#8a5a00}";

        public static string Write(Storyboard storyboard, string title)
        {
            var html = new StringBuilder(16384);
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<title>").Append(XmlText.Escape("Storyboard: " + title, 200)).Append("</title>\n")
                .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
                .Append("<h1>").Append(XmlText.Escape(title, 200)).Append("</h1>\n")
                .Append("<p>").Append(Count(storyboard.Scenes.Count, "scene")).Append(", ")
                .Append(storyboard.CanvasWidth.ToString(CultureInfo.InvariantCulture)).Append(" x ")
                .Append(storyboard.CanvasHeight.ToString(CultureInfo.InvariantCulture))
                .Append(" px canvas. A storyboard drawn from the project's JSON: placeholders for media, silhouettes for avatars; red hatching marks what lies off the canvas.</p>\n");
            foreach (StoryboardScene scene in storyboard.Scenes)
            {
                string number = scene.Number.ToString(CultureInfo.InvariantCulture);
                html.Append("<section id=\"scene-").Append(number).Append("\">\n")
                    .Append("<h2>Scene ").Append(number).Append("</h2>\n")
                    .Append("<div class=\"frame\">\n").Append(scene.InlineSvg).Append("</div>\n")
                    .Append("<h3>Speech</h3>\n");
                if (scene.Speech.Count == 0)
                {
                    html.Append("<p class=\"speech\"><em>No speech in this scene.</em></p>\n");
                }
                else
                {
                    html.Append("<p class=\"speech\">").Append(string.Join("\n", scene.Speech.Select(line => XmlText.Escape(line, 5000)))).Append("</p>\n");
                }

                if (scene.NotDrawn.Count > 0)
                {
                    html.Append("<h3>Not drawn</h3>\n<ul class=\"notes\">\n");
                    foreach (string note in scene.NotDrawn)
                    {
                        html.Append("<li>").Append(XmlText.Escape(note, 300)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                }

                if (scene.Problems.Count > 0)
                {
                    html.Append("<h3>Problems</h3>\n<ul class=\"problems\">\n");
                    foreach (ValidationProblem problem in scene.Problems)
                    {
                        string severity = problem.Severity == ValidationSeverity.Error ? "error" : problem.Severity == ValidationSeverity.Warning ? "warning" : "info";
                        html.Append("<li class=\"").Append(severity).Append("\">").Append(XmlText.Escape(problem.ToString(), 600)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                }

                html.Append("</section>\n");
            }

            if (storyboard.ProjectProblems.Count > 0)
            {
                html.Append("<h2>Problems of the project</h2>\n<ul class=\"problems\">\n");
                foreach (ValidationProblem problem in storyboard.ProjectProblems)
                {
                    html.Append("<li>").Append(XmlText.Escape(problem.ToString(), 600)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            return html.Append("</body>\n</html>\n").ToString();
        }

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
