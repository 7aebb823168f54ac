using AiStudios;

namespace Contoso.Videos
{
    // C# 7.3: no nullable annotations, no switch expressions, no using declarations.
    public static class Intro
    {
        public static Project Build(string text)
        {
            return Video.Landscape()
                .Name("Intro")
                .Scene(s => s.Avatar(Avatars.M000099999.BG00000001).Script(text))    // our catalog, listed by hand
                .Scene(s => s.Avatar(Avatars.M000088888.Default).Script(text))       // Catalogs/team.avatars.json, by convention
                .Scene(s => s.Avatar(Avatars.M000045058.BG00002320).Script(text))    // the SDK's avatar, through our Avatars
                .Build();
        }

        public static string[] AvatarIds()
        {
            return new[] { Avatars.M000099999.Id, Avatars.M000088888.Id, Avatars.M000045058.Id, global::AiStudios.Avatars.M000045058.Id };
        }

        public static void RegisterOurAvatars()
        {
            Avatars.Register(AvatarCatalog.Default);   // netstandard2.0 has no module initializers
        }
    }
}
