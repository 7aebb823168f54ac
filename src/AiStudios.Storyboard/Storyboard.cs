using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AiStudios.Storyboards.Html;
using AiStudios.Validation;

namespace AiStudios
{
    /// <summary>
    /// A project drawn as a storyboard, before a paid render: one SVG per scene and an HTML page
    /// with every scene and its speech. Made by <see cref="StoryboardExtensions.ToStoryboard(Project, StoryboardOptions?)"/>.
    /// The same project gives the same bytes on every machine and in every culture.
    /// </summary>
    public sealed class Storyboard
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        private readonly string _title;

        internal Storyboard(string title, int canvasWidth, int canvasHeight, IReadOnlyList<StoryboardScene> scenes, IReadOnlyList<ValidationProblem> projectProblems, ValidationReport report)
        {
            _title = title;
            CanvasWidth = canvasWidth;
            CanvasHeight = canvasHeight;
            Scenes = scenes;
            ProjectProblems = projectProblems;
            Validation = report;
            Html = StoryboardPage.Write(this, title);
        }

        /// <summary>The name of the page written beside the scenes.</summary>
        public const string PageFileName = "index.html";

        /// <summary>The canvas width in px (from the project's orientation).</summary>
        public int CanvasWidth { get; }

        /// <summary>The canvas height in px.</summary>
        public int CanvasHeight { get; }

        /// <summary>The scenes in project order.</summary>
        public IReadOnlyList<StoryboardScene> Scenes { get; }

        /// <summary>The HTML page: every scene's SVG inline, its speech beneath, what was not drawn, the problems.</summary>
        public string Html { get; }

        /// <summary>The problems of <c>project.Validate()</c>, which the storyboard marks (AIS0001, AIS0002) and lists.</summary>
        public ValidationReport Validation { get; }

        /// <summary>Problems not in any scene (the project's own fields).</summary>
        internal IReadOnlyList<ValidationProblem> ProjectProblems { get; }

        /// <summary>
        /// Writes each scene's SVG (<c>scene-01.svg</c>, ...) and <c>index.html</c> into a folder,
        /// creating it; files of those names are replaced, nothing else in the folder is touched.
        /// Each file is written to a temporary file first and then moved over, so a reader never sees half a file.
        /// </summary>
        /// <param name="directory">The folder.</param>
        /// <returns>The full paths written: the scenes, then the page.</returns>
        public IReadOnlyList<string> WriteTo(string directory)
        {
            if (string.IsNullOrWhiteSpace(directory))
            {
                throw new ArgumentException("Name the folder to write the storyboard to.", nameof(directory));
            }

            string folder = Path.GetFullPath(directory);
            Directory.CreateDirectory(folder);
            var written = new List<string>(Scenes.Count + 1);
            foreach (StoryboardScene scene in Scenes)
            {
                written.Add(WriteFile(folder, scene.FileName, scene.Svg));
            }

            written.Add(WriteFile(folder, PageFileName, Html));
            return written;
        }

        /// <summary>The title and the number of scenes.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"Storyboard {{ {_title}, {Scenes.Count} scene(s), {CanvasWidth} x {CanvasHeight} }}";

        private static string WriteFile(string folder, string name, string text)
        {
            string path = Path.Combine(folder, name);
            string temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
            try
            {
                File.WriteAllText(temporary, text, Utf8);
#if NETCOREAPP3_0_OR_GREATER
                File.Move(temporary, path, overwrite: true);
#else
                if (File.Exists(path))
                {
                    File.Replace(temporary, path, null);
                }
                else
                {
                    File.Move(temporary, path);
                }
#endif
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }

            return path;
        }
    }
}
