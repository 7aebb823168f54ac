namespace AiStudios
{
    /// <summary>
    /// The filters of <see cref="AiStudiosClient.GetAutomationTemplatesAsync"/> besides the category. Left null, a filter
    /// is not sent and the service's default applies.
    /// </summary>
    public sealed class AutomationTemplateOptions
    {
        /// <summary><c>orientation</c>: <c>web</c> (the service's default) or <c>mobile</c>. Sent as given.</summary>
        public string? Orientation { get; set; }

        /// <summary><c>fileBackground</c> (docs-to-video only): sent as the text <c>true</c> or <c>false</c>, as the reference types it; the service's default is false.</summary>
        public bool? FileBackground { get; set; }
    }
}
