using System;
using System.Text.RegularExpressions;

namespace AiStudios.Emulator.Faults;

/// <summary>A parsed <see cref="FaultRule"/> with its remaining count (mutated under the schedule's lock).</summary>
internal sealed class CompiledFaultRule(Regex path, string? method, FaultSet faults, int? remaining)
{
    public FaultSet Faults { get; } = faults;

    public int? Remaining { get; set; } = remaining;

    public bool Matches(string requestMethod, string relativePath) =>
        (method is null || string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase))
        && path.IsMatch(relativePath);
}
