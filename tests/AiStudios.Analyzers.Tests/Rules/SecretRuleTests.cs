using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>
    /// AIS0014 hard-coded keys. The rule matches parameter and property names on any type of the
    /// SDK's namespaces; these tests declare small stand-ins in <c>AiStudios.Client</c> so they do
    /// not depend on the client's exact shape.
    /// </summary>
    public sealed class SecretRuleTests
    {
        private const string StandIns = @"
namespace AiStudios.Client
{
    public sealed class StandInOptions { public string? AppId { get; set; } public string? UserKey { get; set; } public string? Name { get; set; } }
    public sealed class StandInClient
    {
        public StandInClient(string appId, string userKey) { }
        public void UseToken(string token) { }
    }
}

namespace Elsewhere
{
    public sealed class Options { public string? AppId { get; set; } }
}
";

        [Fact]
        public Task AIS0014_literal_keys_in_arguments_and_properties() => Verify.AnalyzersAsync(Snippets.Method(
            @"var options = new AiStudios.Client.StandInOptions { AppId = {|AIS0014:""my-app-id""|}, UserKey = {|AIS0014:""0123-secret""|} };
        var client = new AiStudios.Client.StandInClient({|AIS0014:""my-app-id""|}, userKey: {|AIS0014:""0123-secret""|});
        client.UseToken({|AIS0014:""eyJhbGciOiJIUzI1NiJ9.e30.x""|});") + StandIns);

        [Fact]
        public Task AIS0014_does_not_fire_for_configuration_other_names_or_other_namespaces() => Verify.AnalyzersAsync(Snippets.Method(
            @"var options = new AiStudios.Client.StandInOptions { AppId = Environment.GetEnvironmentVariable(""AISTUDIOS_APP_ID""), UserKey = null, Name = ""not a secret"" };
        var client = new AiStudios.Client.StandInClient(Environment.GetEnvironmentVariable(""A"")!, Environment.GetEnvironmentVariable(""B"")!);
        var other = new Elsewhere.Options { AppId = ""someone else's type"" };") + StandIns);
    }
}
