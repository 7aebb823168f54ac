using System.Collections.Generic;
using AiStudios.Validation;

namespace AiStudios
{
    /// <summary>One scene of a <see cref="Storyboard"/>: its SVG and its speech.</summary>
    public sealed class StoryboardScene
    {
        internal StoryboardScene(int number, string fileName, string svg, string inlineSvg, IReadOnlyList<string> speech, IReadOnlyList<string> notDrawn, IReadOnlyList<ValidationProblem> problems)
        {
            Number = number;
            FileName = fileName;
            Svg = svg;
            InlineSvg = inlineSvg;
            Speech = speech;
            NotDrawn = notDrawn;
            Problems = problems;
        }

        /// <summary>1-based position of the scene in the project.</summary>
        public int Number { get; }

        /// <summary>The file <see cref="Storyboard.WriteTo(string)"/> writes it to, e.g. <c>scene-01.svg</c>.</summary>
        public string FileName { get; }

        /// <summary>
        /// The scene as a standalone SVG 1.1 document (UTF-8, <c>\n</c> line ends): in canvas px, the
        /// canvas at (0, 0), widened by a margin when a clip reaches past it.
        /// </summary>
        public string Svg { get; }

        /// <summary>The speech of the scene as plain text, one entry per paragraph.</summary>
        public IReadOnlyList<string> Speech { get; }

        /// <summary>Clips that take no room on the canvas (audio, voice-only avatars) or make no box, one line each.</summary>
        public IReadOnlyList<string> NotDrawn { get; }

        /// <summary>The problems <c>project.Validate()</c> found in this scene.</summary>
        public IReadOnlyList<ValidationProblem> Problems { get; }

        /// <summary>The SVG without its XML declaration, for the HTML page.</summary>
        internal string InlineSvg { get; }
    }
}
