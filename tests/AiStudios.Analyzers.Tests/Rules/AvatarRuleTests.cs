using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>
    /// AIS0011 an avatar in no catalog (a warning: the account may have it; an error when the project declares its
    /// catalog complete), AIS0012 clothes a listed avatar's catalog entry lacks (the same: a warning, an error in a
    /// complete catalog).
    /// </summary>
    public sealed class AvatarRuleTests
    {
        private static DiagnosticResult Error(string id) => new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(0);

        private static DiagnosticResult Warning(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(0);

        [Fact]
        public Task AIS0011_warns_with_its_did_you_mean_and_what_the_client_does() => Verify.AnalyzersAsync(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar({|#0:""M000045059""|}, ""BG00007030"").Script(""Hello"")).Build()"),
            new[] { Warning("AIS0011").WithMessage("The avatar 'M000045059' is in no avatar catalog of this build. Did you mean 'M000045058'? Known: M000045058. If your account has it, it is sent (the client checks the account before sending); add it to a catalog file (ExportAvatarCatalogAsync writes the account's) for typed constants.") },
            null);

        [Fact]
        public Task AIS0011_an_avatar_not_in_the_catalog_is_a_warning() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar({|AIS0011:""M000045059""|}, ""BG00007030"").Script(""Hello"")).Build()"));

        [Fact]
        public Task AIS0011_is_an_error_for_Avatar_by_id_alone_which_cannot_pick_clothes_for_it() => Verify.AnalyzersAsync(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar({|#0:""M000045059""|}).Script(""Hello"")).Build()"),
            new[] { Error("AIS0011").WithMessage("The avatar 'M000045059' is in no avatar catalog of this build. Did you mean 'M000045058'? Known: M000045058. Avatar(id) cannot pick clothes for an avatar no catalog lists and throws: give them, Avatar(id, clothesId), or add the avatar to a catalog file.") },
            null);

        [Fact]
        public Task AIS0011_is_an_error_when_the_project_declares_its_catalog_complete_by_MSBuild_property() => Verify.AnalyzersAsync(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar({|#0:""M000045059""|}, ""BG00007030"").Script(""Hello"")).Build()"),
            new[] { Error("AIS0011") },
            "build_property.AiStudiosAvatarCatalogComplete = true");

        [Fact]
        public Task AIS0011_is_an_error_when_a_catalog_file_declares_itself_complete() => Verify.AnalyzersAsync(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar(""X0000000001"").Script(""Hi"")).Scene(s => s.Avatar({|#0:""M000045059""|}, ""BG00007030"").Script(""Hi"")).Build()"),
            new[] { Error("AIS0011") },
            null,
            ("my.avatars.json", UserCatalog.Replace("\"avatars\":", "\"complete\": true, \"avatars\":")));

        [Fact]
        public Task An_avatar_of_the_account_is_a_warning_and_its_geometry_is_not_judged() => Verify.AnalyzersAsync(Snippets.Project(
            // Ids alone: the builder gives it the published examples' avatar's size; without its drawing metadata
            // the geometry rules cannot know how large it is drawn, so even a place far off the canvas is not judged.
            @"Video.Landscape().Scene(s => s.Avatar({|AIS0011:new AvatarClothes(""M000320746"", ""BG00007030"")|}, a => a.Position(5000, 0)).Script(""Hi"")).Build()"));

        [Fact]
        public Task AIS0011_in_a_model_initializer_and_an_assignment() => Verify.AnalyzersAsync(Snippets.Method(
            @"var model = new AvatarModel { AvatarId = {|AIS0011:""X1""|}, ClothesId = ""BG00002320"" };
        model.AvatarId = {|AIS0011:""m00045058""|};"));

        [Fact]
        public Task AIS0011_does_not_fire_for_catalog_avatars_by_id_or_typed_constant() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"").Script(""Hi"")).Scene(s => s.Avatar(Avatars.M000045058.BG00002320).Script(""Hi"")).Scene(s => s.Avatar(Avatars.M000045058.Id, ""BG00002320"").Script(""Hi"")).Build()"));

        private const string UserCatalog = @"{
  ""avatars"": [
    { ""id"": ""X0000000001"", ""defaultClothes"": ""C1"", ""clothes"": [
      { ""id"": ""C1"", ""width"": 600, ""height"": 2000, ""placement"": { ""landscape"": { ""left"": 700, ""top"": 100 } }, ""model"": { ""editor"": { ""scale"": 0.25 } } } ] } ]
}";

        [Fact]
        public Task AIS0011_knows_the_avatars_of_the_projects_own_catalog() => Verify.AnalyzersAsync(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar(""X0000000001"").Script(""Hi"")).Scene(s => s.Avatar(""X0000000001"", {|AIS0012:""C2""|}).Script(""Hi"")).Build()"),
            ("my.avatars.json", UserCatalog));

        [Fact]
        public Task A_project_catalog_avatar_is_drawn_at_its_own_editor_scale() => Verify.AnalyzersAsync(
            // 600 x 2000 at the catalog's 0.25 is 150 x 500: from top -260, 52% is above the canvas. At 0.3
            // (the SDK avatar's scale) it would be 600 tall and 57% inside: no warning.
            Snippets.Project(@"Video.Landscape().Scene(s => s.{|AIS0002:Avatar|}(""X0000000001"", a => a.Position(10, -260)).Script(""Hi"")).Build()"),
            ("my.avatars.json", UserCatalog));

        [Fact]
        public Task AIS0012_clothes_no_catalog_lists_for_a_listed_avatar_are_a_warning_with_its_did_you_mean() => Verify.AnalyzersAsync(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar(""M000045058"", {|#0:""BG00002321""|}).Script(""Hello"")).Build()"),
            new[] { Warning("AIS0012").WithMessage("The clothes 'BG00002321' of avatar 'M000045058' are in no avatar catalog of this build. Did you mean 'BG00002320'? Known: BG00002320. If the account's avatar has them, they are sent (the client checks the account's clothes before sending); add them to a catalog file (ExportAvatarCatalogAsync writes the account's) for typed constants.") },
            null);

        [Fact]
        public Task AIS0012_is_an_error_when_the_project_declares_its_catalog_complete() => Verify.AnalyzersAsync(
            Snippets.Project(@"Video.Landscape().Scene(s => s.Avatar(""M000045058"", {|#0:""BG00002321""|}).Script(""Hello"")).Build()"),
            new[] { Error("AIS0012").WithMessage("The clothes 'BG00002321' of avatar 'M000045058' are in no avatar catalog of this build. Did you mean 'BG00002320'? Known: BG00002320. The project declares its avatar catalog complete (AiStudiosAvatarCatalogComplete, or \"complete\": true in a catalog file), so the avatar has no other clothes.") },
            "build_property.AiStudiosAvatarCatalogComplete = true");

        [Fact]
        public Task Unknown_clothes_of_a_listed_avatar_take_the_stand_in_geometry_and_are_not_judged() => Verify.AnalyzersAsync(Snippets.Project(
            // As for an avatar known by its ids: no catalog sizes these clothes, so no place is judged.
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"", {|AIS0012:""BG00009999""|}, a => a.Position(5000, 0)).Script(""Hi"")).Build()"));

        [Fact]
        public Task AIS0012_does_not_fire_for_the_avatars_clothes() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"", ""BG00002320"").Script(""Hello"")).Build()"));
    
        // What the generator writes for a user's own catalog: the SDK's avatars are listed too, forwarding to AiStudios.Avatars.
        private const string UserCatalogClass = @"
namespace Contoso
{
    [System.CodeDom.Compiler.GeneratedCode(""AiStudios.Generator"", ""1.0.0"")]
    public static partial class Avatars
    {
        public static class M000045058
        {
            public const string Id = global::AiStudios.Avatars.M000045058.Id;
            public static global::AiStudios.AvatarClothes BG00002320 => global::AiStudios.Avatars.M000045058.BG00002320;
        }
    }

    internal static class Use
    {
        internal static Project Build() => Video.Landscape().Scene(s => s.{|AIS0001:Avatar|}(Avatars.M000045058.BG00002320, a => a.Position(3000, 145)).Script(""Hi"")).Build();
    }
}";

        [Fact]
        public Task The_sdks_avatars_listed_in_a_users_generated_catalog_are_read_as_the_sdks() => Verify.AnalyzersAsync("using AiStudios;\n" + UserCatalogClass);
    }
}
