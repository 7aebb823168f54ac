using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>AIS0011 unknown avatar, AIS0012 unknown clothes.</summary>
    public sealed class AvatarRuleTests
    {
        [Fact]
        public Task AIS0011_an_avatar_not_in_the_catalog() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar({|AIS0011:""M000045059""|}).Script(""Hello"")).Build()"));

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
        public Task AIS0012_clothes_the_avatar_does_not_have() => Verify.AnalyzersAsync(Snippets.Project(
            @"Video.Landscape().Scene(s => s.Avatar(""M000045058"", {|AIS0012:""BG00002321""|}).Script(""Hello"")).Build()"));

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
