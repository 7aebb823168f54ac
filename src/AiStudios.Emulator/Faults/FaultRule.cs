using System;
using System.Text.RegularExpressions;
using AiStudios.Emulator.Faults;

namespace AiStudios.Emulator;

/// <summary>
/// "The next <see cref="Count"/> requests to <see cref="Path"/> get <see cref="Fault"/>": a fault chosen by
/// configuration or at run time instead of by the <c>X-Emulator-Fault</c> request header.
/// </summary>
public sealed class FaultRule
{
    /// <summary>
    /// The request path to match, relative to <c>/api/odin/v3</c> when it lies under it (so <c>/editor/project</c>,
    /// <c>/files/*</c>). <c>*</c> matches any run of characters; a lone <c>*</c> matches every request. Case-insensitive.
    /// </summary>
    public string Path { get; set; } = "*";

    /// <summary>The HTTP method to match (<c>GET</c>, <c>POST</c>, ...); null matches any.</summary>
    public string? Method { get; set; }

    /// <summary>The fault(s), in the same grammar as the <c>X-Emulator-Fault</c> header, e.g. <c>429=2</c> or <c>latency=300,500</c>.</summary>
    public string Fault { get; set; } = "";

    /// <summary>How many matching requests get the fault; null applies it to every matching request forever.</summary>
    public int? Count { get; set; }

    /// <summary>Parses <see cref="Fault"/> and <see cref="Path"/>; throws when either is unusable.</summary>
    internal static CompiledFaultRule Compile(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!FaultParser.TryParse(rule.Fault, out var faults, out var error) || faults.IsEmpty)
        {
            throw new ArgumentException(
                string.IsNullOrEmpty(error) ? "FaultRule.Fault names no fault." : $"FaultRule.Fault '{rule.Fault}': {error}",
                nameof(rule));
        }

        if (rule.Count is <= 0)
        {
            throw new ArgumentException("FaultRule.Count must be positive, or null for every request.", nameof(rule));
        }

        var path = FaultPaths.Relative(string.IsNullOrWhiteSpace(rule.Path) ? "*" : rule.Path.Trim());
        var pattern = "^" + Regex.Escape(path).Replace("\\*", ".*", StringComparison.Ordinal) + "$";
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        return new CompiledFaultRule(regex, string.IsNullOrWhiteSpace(rule.Method) ? null : rule.Method.Trim(), faults, rule.Count);
    }
}
