namespace AiStudios
{
    /// <summary>The optional export settings of <c>POST /editor/project/export</c> and of edit-then-export.</summary>
    public sealed class ExportOptions
    {
        /// <summary><c>workspaceId</c>: the workspace to render in; the default one when null.</summary>
        public string? WorkspaceId { get; set; }

        /// <summary><c>resolution</c>; the service's default (1080) when null.</summary>
        public Resolution? Resolution { get; set; }

        /// <summary><c>webhookUrl</c>: where the service posts render progress.</summary>
        public string? WebhookUrl { get; set; }
    }
}
