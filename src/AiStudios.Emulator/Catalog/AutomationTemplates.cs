using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Emulator.Catalog;

/// <summary>
/// The templates <c>/dropdown/templates_automation</c> lists. The reference documents the filters (<c>category</c>,
/// <c>orientation</c>, <c>fileBackground</c>) and the answer (<c>id</c>, <c>name</c>, <c>thumbnailUrl</c>), not which
/// templates exist: these are the emulator's own, one per documented category and orientation. Only the automation
/// family (not emulated) uses them, so they are a fixed list.
/// </summary>
internal static class AutomationTemplates
{
    /// <summary>The documented categories: <c>business</c>/<c>education</c> (docs-to-video), <c>social</c> too (topic, url, scripts).</summary>
    public static readonly string[] Categories = ["business", "education", "social"];

    /// <summary>The documented orientations; <c>web</c> is the default.</summary>
    public static readonly string[] Orientations = ["web", "mobile"];

    private static readonly IReadOnlyList<AutomationTemplate> All =
        (from category in Categories
         from orientation in Orientations
         select new AutomationTemplate(
             $"auto-{category}-{orientation}",
             $"{char.ToUpperInvariant(category[0])}{category[1..]} ({orientation})",
             category,
             orientation)).ToList();

    /// <summary>The templates of one category and orientation, in a fixed order.</summary>
    public static IEnumerable<AutomationTemplate> For(string category, string orientation) =>
        All.Where(t => t.Category == category && t.Orientation == orientation);
}

/// <summary>One automation template.</summary>
internal sealed record AutomationTemplate(string Id, string Name, string Category, string Orientation)
{
    /// <summary>Where its thumbnail would be; the emulator serves no image there.</summary>
    public string ThumbnailUrl => $"https://cdn.emulator.invalid/templates/{Id}.png";
}
