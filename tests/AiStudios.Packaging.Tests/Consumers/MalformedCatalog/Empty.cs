namespace Contoso.Broken
{
    // The project exists to show the diagnostic for broken.avatars.json (line 6: "]" is missing before "}").
    internal static class Empty
    {
    }
}
