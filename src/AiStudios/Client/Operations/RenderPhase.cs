namespace AiStudios
{
    /// <summary>Where a render is, as one progress reading shows it.</summary>
    public enum RenderPhase
    {
        /// <summary>
        /// Progress 0: the render has not started, most likely because it waits in the service's queue behind other
        /// users' renders (1 to 10 minutes, the reference says). <see cref="RenderWaitOptions.QueueTimeout"/> bounds it.
        /// </summary>
        Queued,

        /// <summary>Progress above 0 and the render not done. <see cref="RenderWaitOptions.StallTimeout"/> bounds how long it may stand still.</summary>
        Rendering,

        /// <summary>Done: progress 100 and a download URL.</summary>
        Completed,

        /// <summary>The service reports the render as failed.</summary>
        Failed,
    }
}
