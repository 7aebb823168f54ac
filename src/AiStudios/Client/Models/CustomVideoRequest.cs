namespace AiStudios
{
    /// <summary>
    /// The body of <c>POST /simple/custom</c> (1.5.x+): a video of a custom avatar (one made from your own footage)
    /// speaking a text. Unlike <see cref="SimpleVideoRequest"/> it names no clothes and renders unless
    /// <see cref="IsExport"/> is false.
    /// </summary>
    public sealed class CustomVideoRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="language">The speech language, e.g. <c>en</c>.</param>
        /// <param name="text">What the avatar says, in that language.</param>
        /// <param name="model">The custom avatar's id (stock avatar ids work too, as in the reference's sample).</param>
        public CustomVideoRequest(string language, string text, string model)
        {
            Language = language;
            Text = text;
            Model = model;
        }

        /// <summary><c>language</c>.</summary>
        public string Language { get; set; }

        /// <summary><c>text</c>.</summary>
        public string Text { get; set; }

        /// <summary><c>model</c>.</summary>
        public string Model { get; set; }

        /// <summary>
        /// <c>isExport</c>: whether to render right away. The service's default for this call is true; the client
        /// always sends the value (true when null), since the defaults of the calls differ.
        /// </summary>
        public bool? IsExport { get; set; }

        /// <summary><c>workspaceId</c>, <c>resolution</c> and <c>webhookUrl</c>.</summary>
        public ExportOptions? Export { get; set; }
    }
}
