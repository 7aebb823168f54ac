namespace AiStudios.Emulator.Auth;

/// <summary>Why a presented token was accepted or refused.</summary>
internal enum TokenStatus
{
    Valid,
    Missing,
    Malformed,
    BadSignature,
    UnknownApp,
    Expired,
}

/// <summary>The outcome of checking an <c>Authorization</c> header.</summary>
/// <param name="Status">Accepted, or why not.</param>
/// <param name="AppId">The token's <c>appId</c> when it could be read.</param>
/// <param name="TokenId">The token's <c>jti</c> when it could be read; used to expire one token early.</param>
internal sealed record TokenCheck(TokenStatus Status, string? AppId = null, string? TokenId = null)
{
    public bool IsValid => Status == TokenStatus.Valid;
}
