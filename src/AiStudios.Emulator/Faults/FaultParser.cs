using System;
using System.Globalization;

namespace AiStudios.Emulator.Faults;

/// <summary>
/// Parses the fault grammar shared by the <c>X-Emulator-Fault</c> header and <see cref="FaultRule.Fault"/>:
/// <c>fault *("," fault)</c>, where <c>fault = name ["=" value]</c>, names are case-insensitive and blanks around
/// items are ignored. See the README for the list.
/// </summary>
internal static class FaultParser
{
    /// <summary>The longest delay one request gets, all its latencies added (header and rules).</summary>
    public const int MaxLatencyMs = 60_000;

    /// <summary>How long a fault text may be, and how many faults it may list.</summary>
    public const int MaxTextLength = 1024;
    public const int MaxItems = 32;
    public const int MaxRetryAfterSeconds = 3_600;
    public const int DefaultRetryAfterSeconds = 1;
    public const double DefaultStallAt = 50;
    public const double DefaultFailRenderAt = 50;
    public const int MaxQueueMs = 3_600_000;

    public static bool TryParse(string? text, out FaultSet faults, out string error)
    {
        faults = FaultSet.None;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.Length > MaxTextLength)
        {
            error = $"The fault text is {text.Length} characters long; at most {MaxTextLength} are read.";
            return false;
        }

        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length > MaxItems)
        {
            error = $"The fault text lists {items.Length} faults; at most {MaxItems} are read.";
            return false;
        }

        var latency = 0;
        foreach (var rawItem in items)
        {
            var equals = rawItem.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? rawItem : rawItem[..equals]).Trim().ToLowerInvariant();
            var value = equals < 0 ? null : rawItem[(equals + 1)..].Trim();

            if (!TryParseItem(name, value, out var item, out error))
            {
                return false;
            }

            latency += item.LatencyMs;
            if (latency > MaxLatencyMs)
            {
                error = $"The latencies add up to more than {MaxLatencyMs} ms; one request waits at most that long.";
                return false;
            }

            faults = faults.Merge(item);
        }

        return true;
    }

    private static bool TryParseItem(string name, string? value, out FaultSet item, out string error)
    {
        item = FaultSet.None;
        error = "";
        switch (name)
        {
            case "latency":
                if (!TryInt(value, 0, MaxLatencyMs, required: true, 0, out var ms))
                {
                    error = $"latency needs milliseconds 0..{MaxLatencyMs}, as latency=250.";
                    return false;
                }

                item = new FaultSet { LatencyMs = ms };
                return true;

            case "429":
                if (!TryInt(value, 0, MaxRetryAfterSeconds, required: false, DefaultRetryAfterSeconds, out var retry429))
                {
                    error = $"429 takes an optional Retry-After in seconds 0..{MaxRetryAfterSeconds}, as 429=2.";
                    return false;
                }

                item = new FaultSet { TooManyRequestsRetryAfter = retry429 };
                return true;

            case "503":
                // -1 means "no Retry-After header": a bare 503 says nothing about when to come back.
                if (!TryInt(value, 0, MaxRetryAfterSeconds, required: false, -1, out var retry503))
                {
                    error = $"503 takes an optional Retry-After in seconds 0..{MaxRetryAfterSeconds}, as 503=2.";
                    return false;
                }

                item = new FaultSet { ServiceUnavailableRetryAfter = retry503 };
                return true;

            case "500":
                return NoValue(name, value, new FaultSet { InternalError = true }, out item, out error);
            case "malformed":
                return NoValue(name, value, new FaultSet { Malformed = true }, out item, out error);
            case "html":
                return NoValue(name, value, new FaultSet { Html = true }, out item, out error);
            case "reset":
                return NoValue(name, value, new FaultSet { Reset = true }, out item, out error);
            case "expire-token":
                return NoValue(name, value, new FaultSet { ExpireToken = true }, out item, out error);

            case "stall":
                if (!TryPercent(value, DefaultStallAt, allowHundred: false, out var stallAt))
                {
                    error = "stall takes an optional percent 0..99.99 where the render stops, as stall=40.";
                    return false;
                }

                item = new FaultSet { StallAt = stallAt };
                return true;

            case "fail-render":
                if (!TryPercent(value, DefaultFailRenderAt, allowHundred: true, out var failAt))
                {
                    error = "fail-render takes an optional percent 0..100 where the render fails, as fail-render=80.";
                    return false;
                }

                item = new FaultSet { FailRenderAt = failAt };
                return true;

            case "queue":
                // -1: no end, the render stays queued (as stall keeps it from finishing).
                if (!TryInt(value, 0, MaxQueueMs, required: false, -1, out var queueMs))
                {
                    error = $"queue takes an optional wait in milliseconds 0..{MaxQueueMs} (none: for ever), as queue=2000.";
                    return false;
                }

                item = new FaultSet { QueueMs = queueMs };
                return true;

            default:
                error = $"Unknown fault '{Http.SafeText.Of(name, 40)}'. Known: latency=<ms>, 429[=<s>], 500, 503[=<s>], malformed, html, reset, expire-token, stall[=<percent>], fail-render[=<percent>], queue[=<ms>].";
                return false;
        }
    }

    private static bool NoValue(string name, string? value, FaultSet set, out FaultSet item, out string error)
    {
        item = set;
        error = value is null ? "" : $"{name} takes no value.";
        return value is null;
    }

    private static bool TryInt(string? value, int min, int max, bool required, int fallback, out int result)
    {
        result = fallback;
        if (value is null)
        {
            return !required;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;
    }

    private static bool TryPercent(string? value, double fallback, bool allowHundred, out double result)
    {
        result = fallback;
        if (value is null)
        {
            return true;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && result >= 0
            && (allowHundred ? result <= 100 : result < 100);
    }
}
