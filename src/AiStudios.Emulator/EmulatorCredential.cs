namespace AiStudios.Emulator;

/// <summary>
/// One API key the emulator accepts at <c>POST /auth/token</c>: an <c>AppId</c> + <c>UserKey</c> pair.
/// </summary>
/// <param name="AppId">The public half of the key; it is written into every token issued for it.</param>
/// <param name="UserKey">The secret half. The emulator never logs it.</param>
public sealed record EmulatorCredential(string AppId, string UserKey)
{
    /// <summary>The credential the emulator accepts when none is configured.</summary>
    public static EmulatorCredential Default { get; } = new("emulator-app", "emulator-key");

    /// <summary>Masks the user key so a logged or printed credential never leaks it.</summary>
    /// <returns>The app id and a masked key.</returns>
    public override string ToString() => $"EmulatorCredential {{ AppId = {AppId}, UserKey = *** }}";
}
