namespace AiStudios
{
    /// <summary>
    /// The optional fields of <c>POST /editor/template/{templateId}</c>: another avatar or clothes for the template's
    /// avatar, the new project's name, its workspace.
    /// </summary>
    /// <remarks>
    /// The reference's table names these fields <c>aiName</c>, <c>clothId</c>, <c>name</c> and <c>workspaceId</c>;
    /// its samples send <c>model</c>, <c>clothes</c> and <c>name</c> as query parameters. Which the service reads is
    /// not settled, so the client sends both: the table's names in a JSON body and the samples' as query parameters,
    /// with the same values.
    /// </remarks>
    public sealed class TemplateProjectOptions
    {
        /// <summary>The avatar to put in place of the template's (<c>aiName</c>, <c>model</c>); null keeps the template's.</summary>
        public string? AvatarId { get; set; }

        /// <summary>The clothes to put on it (<c>clothId</c>, <c>clothes</c>); null keeps the template's (or the avatar's default).</summary>
        public string? ClothesId { get; set; }

        /// <summary>The new project's name (<c>name</c>); null for the template's.</summary>
        public string? Name { get; set; }

        /// <summary>The workspace to create it in (<c>workspaceId</c>); null for the default one.</summary>
        public string? WorkspaceId { get; set; }
    }
}
