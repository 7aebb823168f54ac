namespace AiStudios
{
    /// <summary>The body of <c>POST /simple/video</c>: one avatar speaking a text on a chroma-key background.</summary>
    public sealed class SimpleVideoRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="language">The speech language, e.g. <c>en</c>.</param>
        /// <param name="text">What the avatar says.</param>
        /// <param name="model">The avatar id, e.g. <c>M000045058</c> (see <see cref="AiStudiosClient.GetAvatarModelsAsync"/>).</param>
        /// <param name="clothes">The clothes id, e.g. <c>BG00002320</c>.</param>
        public SimpleVideoRequest(string language, string text, string model, string clothes)
        {
            Language = language;
            Text = text;
            Model = model;
            Clothes = clothes;
        }

        /// <summary><c>language</c>.</summary>
        public string Language { get; set; }

        /// <summary><c>text</c>.</summary>
        public string Text { get; set; }

        /// <summary><c>model</c>.</summary>
        public string Model { get; set; }

        /// <summary><c>clothes</c>.</summary>
        public string Clothes { get; set; }

        /// <summary><c>isExport</c>: whether to render right away. The service's default for a simple video is false.</summary>
        public bool? IsExport { get; set; }

        /// <summary><c>workspaceId</c>, <c>resolution</c> and <c>webhookUrl</c>.</summary>
        public ExportOptions? Export { get; set; }
    }
}
