namespace AiStudios.Client.Http
{
    /// <summary>
    /// What sending a call a second time would do. It decides whether the client may send the call again after it
    /// may have reached the service, and what an exception advises when its outcome is unknown.
    /// </summary>
    internal enum CallKind
    {
        /// <summary>Reads, deletes, edits without export, token requests: a second send changes nothing, so failures are retried.</summary>
        Repeatable,

        /// <summary>
        /// Creates a project without rendering it (a draft): a second send would make a second project, and drafts are
        /// not listed by <c>GET /editor/project</c>, so nobody could find it. Sent again only when the service provably
        /// did not act on it.
        /// </summary>
        CreatesProject,

        /// <summary>Starts a billable render: a second send could bill twice. Sent again only when the service provably did not act on it.</summary>
        StartsRender,

        /// <summary>
        /// Makes something that may be billed and has no id to look it up by (<c>POST /simple/audio</c>: an audio file,
        /// no project): a second send could bill twice, and a lost answer cannot be found again. Sent again only when
        /// the service provably did not act on it.
        /// </summary>
        Billable,
    }
}
