namespace AiStudios.Emulator;

/// <summary>A workspace listed by <c>GET /dropdown/workspaces</c> and accepted as <c>workspaceId</c>.</summary>
/// <param name="WorkspaceId">The id clients send as <c>workspaceId</c>.</param>
/// <param name="WorkspaceName">The display name.</param>
public sealed record EmulatorWorkspace(string WorkspaceId, string WorkspaceName)
{
    /// <summary>The workspace the emulator lists when none is configured.</summary>
    public static EmulatorWorkspace Default { get; } = new("emulator-workspace", "Emulator workspace");
}
