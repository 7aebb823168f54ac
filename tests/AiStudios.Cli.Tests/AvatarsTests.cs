using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiStudios.Emulator;
using AiStudios.Testing;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary>
    /// <c>avatars list</c> and <c>avatars export</c> against the tool's own emulator (--emulator: an account of four
    /// avatars, three of them unknown to the SDK's catalog) and against one this test hosts (faults, request counts).
    /// </summary>
    public class AvatarsTests : IClassFixture<HostedEmulator>
    {
        /// <summary>The emulator account's catalog as the AccountAvatars sample checks it in (exported with namespace AccountAvatars).</summary>
        private const string SampleCatalog = "samples/AccountAvatars/account.avatars.json";

        private static readonly string[] AccountIds = { "M000045058", "M000320746", "M000371017", "M000900001" };

        private readonly HostedEmulator _emulator;

        public AvatarsTests(HostedEmulator emulator)
        {
            _emulator = emulator;
        }

        [Fact]
        public async Task List_prints_a_table_of_the_accounts_avatars_with_label_type_and_clothes()
        {
            CliResult result = await CliProcess.RunAsync("avatars", "list", "--emulator");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(
                new[]
                {
                    "id          label              type    clothes",
                    "M000045058  Avatar M000045058  stock   BG00002320",
                    "M000320746  Emma               stock   BG00007030, BG00007031",
                    "M000371017  Daniel             stock   BG00010101",
                    "M000900001  My custom avatar   custom  BG00900001",
                },
                result.OutputLines);
            Assert.Equal("4 avatars.", result.Error.Trim());
        }

        [Fact]
        public async Task List_as_json_gives_every_avatar_with_its_clothes()
        {
            CliResult result = await CliProcess.RunAsync("avatars", "list", "--emulator", "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument json = JsonDocument.Parse(result.Output);
            JsonElement[] avatars = json.RootElement.EnumerateArray().ToArray();
            Assert.Equal(AccountIds, avatars.Select(a => a.GetProperty("id").GetString()));
            JsonElement emma = avatars[1];
            Assert.Equal("Emma", emma.GetProperty("label").GetString());
            Assert.Equal("stock", emma.GetProperty("type").GetString());
            Assert.Equal(new[] { "BG00007030", "BG00007031" }, emma.GetProperty("clothes").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
            Assert.Equal("Navy suit", emma.GetProperty("clothes")[0].GetProperty("label").GetString());
            Assert.Equal("custom", avatars[3].GetProperty("type").GetString());
        }

        [Fact]
        public async Task Export_writes_every_avatar_the_generator_reads_and_says_which_lack_geometry()
        {
            string folder = Sandbox.NewFolder("avatars-export");

            CliResult result = await CliProcess.RunInAsync(folder, null, "avatars", "export", "--emulator", "-o", "my.avatars.json", "--namespace", "AccountAvatars");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("Wrote 4 avatars to my.avatars.json: M000045058, M000320746, M000371017, M000900001", Assert.Single(result.OutputLines));

            // The same bytes as the sample's checked-in catalog, which the generator turns into AccountAvatars.Avatars.
            Assert.Equal(File.ReadAllText(RepoPaths.InRepo(SampleCatalog)), File.ReadAllText(Path.Combine(folder, "my.avatars.json")));
            Assert.Contains("Wrote 4 clothes entries without image size, placement and drawing metadata", result.Error);
            Assert.Contains("M000320746/BG00007030, M000320746/BG00007031, M000371017/BG00010101, M000900001/BG00900001", result.Error);
            Assert.Contains("The builder gives them the stand-in's size and placement", result.Error);
            Assert.DoesNotContain("Left out", result.Error);
            Assert.Equal(new[] { "my.avatars.json" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        }

        [Fact]
        public async Task Export_with_geometry_only_leaves_out_the_clothes_no_catalog_knows_and_says_so()
        {
            string folder = Sandbox.NewFolder("avatars-geometry");

            CliResult result = await CliProcess.RunInAsync(folder, null, "avatars", "export", "--emulator", "-o", "known.avatars.json", "--only-clothes-with-geometry");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("Wrote 1 avatar to known.avatars.json: M000045058", Assert.Single(result.OutputLines));
            using JsonDocument catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "known.avatars.json")));
            JsonElement avatar = Assert.Single(catalog.RootElement.GetProperty("avatars").EnumerateArray().ToArray());
            Assert.Equal("M000045058", avatar.GetProperty("id").GetString());
            Assert.True(avatar.GetProperty("clothes")[0].TryGetProperty("width", out _), "the SDK's own avatar keeps its geometry");
            Assert.False(catalog.RootElement.TryGetProperty("namespace", out _));
            Assert.Contains("Left out 4 clothes entries without image size, placement and drawing metadata (--only-clothes-with-geometry)", result.Error);
            Assert.Contains("Left out 3 avatars with no clothes that could be written: M000320746, M000371017, M000900001.", result.Error);
        }

        [Fact]
        public async Task Export_without_a_file_prints_the_catalog()
        {
            CliResult result = await CliProcess.RunAsync("avatars", "export", "--emulator", "--namespace", "AccountAvatars");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(File.ReadAllText(RepoPaths.InRepo(SampleCatalog)), result.Output);
            Assert.Contains("Wrote 4 clothes entries without image size", result.Error);
        }

        [Fact]
        public async Task An_existing_file_is_replaced_only_with_force_and_a_refusal_costs_no_request()
        {
            string folder = Sandbox.NewFolder("avatars-force");
            string file = Path.Combine(folder, "account.avatars.json");
            File.WriteAllText(file, "{ \"avatars\": [] }\n");
            int before = _emulator.Server.State.RequestCount("GET", "/model");

            CliResult refused = await Run(folder, "avatars", "export", "-o", "account.avatars.json");

            Assert.True(refused.ExitCode == 2, refused.ToString());
            Assert.Equal("error: account.avatars.json already exists: pass --force to replace it.", refused.Error.Trim());
            Assert.Equal("{ \"avatars\": [] }\n", File.ReadAllText(file));
            Assert.Equal(before, _emulator.Server.State.RequestCount("GET", "/model"));

            CliResult replaced = await Run(folder, "avatars", "export", "-o", "account.avatars.json", "--force");

            Assert.True(replaced.ExitCode == 0, replaced.ToString());
            Assert.Contains("\"id\": \"M000045058\"", File.ReadAllText(file));
            Assert.Equal(new[] { "account.avatars.json" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        }

        [Fact]
        public async Task A_failed_export_leaves_the_existing_file_as_it_was_and_no_temporary_file()
        {
            string folder = Sandbox.NewFolder("avatars-failed");
            string file = Path.Combine(folder, "account.avatars.json");
            File.WriteAllText(file, "the previous catalog\n");

            // A retry-after longer than the client waits: handed back at once, so the export fails after the file was opened.
            _emulator.Server.Faults.Enqueue("/model", "429=120", count: 1, method: "GET");
            CliResult result = await Run(folder, "avatars", "export", "-o", "account.avatars.json", "--force");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.StartsWith("error: ", result.Error);
            Assert.Contains("GET /model", result.Error);
            Assert.Equal("the previous catalog\n", File.ReadAllText(file));
            Assert.Equal(new[] { "account.avatars.json" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
            Assert.DoesNotContain(_emulator.Server.Credential.UserKey, result.Output + result.Error);
        }

        [Theory]
        [InlineData("--namespace", "My Videos")]
        [InlineData("--class-name", "My.Avatars")]
        [InlineData("--class-name", "1Avatars")]
        public async Task A_name_the_generator_cannot_use_is_a_usage_error(string option, string value)
        {
            CliResult result = await CliProcess.RunAsync("avatars", "export", "--emulator", option, value);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{option} '{value}' is not a C#", result.Error);
            Assert.Empty(result.Output);
        }

        [Fact]
        public async Task Labels_from_the_service_cannot_drive_the_terminal_or_forge_a_row()
        {
            var options = new EmulatorOptions
            {
                Port = 0,
                Avatars = { new EmulatorAvatar("M000000001", "Evil\u001b[2J\nM000000002  forged\u202Ereversed", EmulatorAvatar.Stock, new[] { new EmulatorClothes("BG00000001", "Plain") }) },
            };
            await using EmulatorServer server = await EmulatorServer.StartAsync(options);
            var key = new System.Collections.Generic.Dictionary<string, string> { ["AISTUDIOS_APPID"] = server.Credential.AppId, ["AISTUDIOS_USERKEY"] = server.Credential.UserKey };

            CliResult result = await CliProcess.RunInAsync(RepoPaths.Root, key, "avatars", "list", "--base-url", server.BaseAddress.ToString());

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(2, result.OutputLines.Length);
            Assert.StartsWith("M000000001  Evil\uFFFD[2J\uFFFDM000000002  forged\uFFFDreversed", result.OutputLines[1]);
            Assert.DoesNotContain('\u001b', result.Output);
        }

        [Fact]
        public async Task Without_a_key_the_tool_names_the_variables_and_exits_3()
        {
            CliResult result = await CliProcess.RunAsync("avatars", "list");

            Assert.True(result.ExitCode == 3, result.ToString());
            Assert.Contains("AISTUDIOS_APPID", result.Error);
            Assert.Empty(result.Output);
        }

        private Task<CliResult> Run(string folder, params string[] arguments) =>
            CliProcess.RunInAsync(folder, _emulator.KeyVariables, arguments.Concat(new[] { "--base-url", _emulator.BaseUrl }).ToArray());
    }
}
