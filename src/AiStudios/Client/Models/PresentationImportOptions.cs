namespace AiStudios
{
    /// <summary>The optional fields of <c>POST /editor/project/pptpdf</c>.</summary>
    public sealed class PresentationImportOptions
    {
        /// <summary><c>name</c>: the new project's name; null lets the service choose.</summary>
        public string? Name { get; set; }

        /// <summary><c>workspaceId</c>: the workspace to create it in; null for the default one.</summary>
        public string? WorkspaceId { get; set; }
    }
}
