using System.Collections.Generic;

namespace AiStudios.Emulator;

/// <summary>
/// An avatar of the emulated account: listed by <c>GET /dropdown/models</c> and <c>GET /model</c>, and accepted as
/// <c>model</c> by the simple calls and as <c>aiName</c> by create-from-template.
/// </summary>
/// <param name="Id">The avatar id (<c>model.ai_name</c> in a clip), e.g. <c>M000045058</c>.</param>
/// <param name="Label">Its name, served as <c>label</c> (a string in <c>/dropdown/models</c>, <c>{ko, en}</c> in <c>/model</c>).</param>
/// <param name="AvatarType">Served as <c>avatarType</c>; upstream documents no values, the emulator uses <c>stock</c> and <c>custom</c>.</param>
/// <param name="Clothes">Its clothes; the first is the one used when a call names none.</param>
public sealed record EmulatorAvatar(string Id, string Label, string AvatarType, IReadOnlyList<EmulatorClothes> Clothes)
{
    /// <summary>The <c>avatarType</c> of a stock avatar.</summary>
    public const string Stock = "stock";

    /// <summary>The <c>avatarType</c> of a custom avatar (one made from a user's own video).</summary>
    public const string Custom = "custom";

    /// <summary>
    /// The account the emulator serves when none is configured: the avatar of the published examples (the only one
    /// the SDK's compiled catalog knows), two more stock avatars the compiled catalog does not know, and one custom
    /// avatar.
    /// </summary>
    public static IReadOnlyList<EmulatorAvatar> Defaults { get; } =
    [
        new("M000045058", "Avatar M000045058", Stock, [new("BG00002320", "Outfit BG00002320")]),
        new("M000320746", "Emma", Stock, [new("BG00007030", "Navy suit"), new("BG00007031", "Beige blouse")]),
        new("M000371017", "Daniel", Stock, [new("BG00010101", "Grey jacket")]),
        new("M000900001", "My custom avatar", Custom, [new("BG00900001", "Own clothes")]),
    ];
}

/// <summary>One set of clothes of an <see cref="EmulatorAvatar"/> (<c>model.emotion</c> in a clip).</summary>
/// <param name="Id">The clothes id, e.g. <c>BG00002320</c>.</param>
/// <param name="Label">Its name.</param>
public sealed record EmulatorClothes(string Id, string Label);
