using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Faults;

/// <summary>Carries a request's faults from the fault middleware to the handlers that act on them (token, render).</summary>
internal static class FaultContext
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, FaultSet faults) => context.Items[Key] = faults;

    public static FaultSet Get(HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is FaultSet faults ? faults : FaultSet.None;
}
