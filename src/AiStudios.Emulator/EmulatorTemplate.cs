using System.Collections.Generic;

namespace AiStudios.Emulator;

/// <summary>
/// A business template of the emulated account: listed by <c>GET /dropdown/templates_business</c>, turned into a
/// project by <c>POST /editor/template/{templateId}</c> and <c>POST /editor/template/modify</c>. Its content is the
/// emulator's own two-scene video (see the README), named <see cref="Name"/>.
/// </summary>
/// <param name="Id">The template id.</param>
/// <param name="Name">Its name, also the name of a project made from it unless the call gives one.</param>
public sealed record EmulatorTemplate(string Id, string Name)
{
    /// <summary>The templates the emulator lists when none is configured.</summary>
    public static IReadOnlyList<EmulatorTemplate> Defaults { get; } =
    [
        new("65f0c0a1b2c3d4e5f6a7b8c9", "Quarterly update"),
        new("65f0c0a1b2c3d4e5f6a7b8ca", "Product launch"),
    ];
}
