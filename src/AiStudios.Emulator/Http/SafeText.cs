using AiStudios.Client.Checks;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Makes a value from a request fit for a log line or an error message: control characters (a newline would forge
/// a log line, an escape sequence would recolour a terminal) written as escapes, and at most a few hundred
/// characters, with the full length said when cut. The SDK's own <see cref="EchoText"/> does the work (its source is
/// compiled in here too: the emulator does not depend on the SDK's assembly); an absent value reads "(none)".
/// </summary>
internal static class SafeText
{
    public const int MaxValue = EchoText.MaxValue;

    public static string Of(string? text, int max = MaxValue) => text is null ? "(none)" : EchoText.Cap(text, max);

    /// <summary>C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.</summary>
    public static bool IsControl(char c) => EchoText.IsControl(c);
}
