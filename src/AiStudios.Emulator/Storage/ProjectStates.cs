namespace AiStudios.Emulator.Storage;

/// <summary>
/// Values of a project's <c>state</c>. Only <c>exported</c> is documented upstream; the others are the emulator's.
/// </summary>
internal static class ProjectStates
{
    /// <summary>Created with <c>isExport: false</c>, never exported.</summary>
    public const string Draft = "draft";

    /// <summary>A render waits in the queue (<see cref="EmulatorOptions.QueueDelay"/>, the <c>queue</c> fault): progress 0.</summary>
    public const string Queued = "queued";

    /// <summary>A render is running (or stalled).</summary>
    public const string Exporting = "exporting";

    /// <summary>The render finished; <c>download_url</c> is set.</summary>
    public const string Exported = "exported";

    /// <summary>The render failed (the <c>fail-render</c> fault).</summary>
    public const string Failed = "failed";

    /// <summary>Whether a render is under way: queued or exporting.</summary>
    public static bool IsRendering(string state) => state is Queued or Exporting;
}
