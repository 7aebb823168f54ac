using System.Globalization;
using System.Text;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Makes a value from a request fit for a log line or an error message: control characters (a newline would forge
/// a log line, an escape sequence would recolour a terminal) written as escapes, and at most a few hundred
/// characters, with the full length said when cut.
/// </summary>
internal static class SafeText
{
    public const int MaxValue = 200;

    public static string Of(string? text, int max = MaxValue)
    {
        if (text is null)
        {
            return "(none)";
        }

        var keep = text.Length <= max ? text.Length : max;
        if (keep < text.Length && keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        var result = new StringBuilder(keep + 32);
        for (var i = 0; i < keep; i++)
        {
            var c = text[i];
            if (IsControl(c))
            {
                result.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                result.Append(c);
            }
        }

        if (keep < text.Length)
        {
            result.Append("... (").Append(text.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return result.ToString();
    }

    /// <summary>C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.</summary>
    public static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
}
