using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiStudios.Testing.Tests.Infrastructure;

namespace AiStudios.Testing.Tests
{
    /// <summary>One payload, one text: indented, \n, exact numbers, the SDK's property order, on every culture.</summary>
    public sealed class CanonicalFormTests
    {
        private static Project Seed() => Project.FromJson(File.ReadAllBytes(RepoPaths.SeedProject));

        [Fact]
        public void The_snapshot_is_the_SDKs_own_indented_JSON_with_LF_and_a_final_newline()
        {
            Project project = Videos.Intro();

            string snapshot = AiStudiosSnapshot.ToSnapshotText(project);

            Assert.Equal(project.ToJson(indented: true).Replace("\r\n", "\n") + "\n", snapshot);
            Assert.DoesNotContain("\r", snapshot);
            Assert.EndsWith("}\n", snapshot);
            Assert.StartsWith("{\n  \"name\": \"Quarterly update\",\n  \"orientation\": \"landscape\",\n", snapshot);
        }

        [Fact]
        public void Numbers_stay_exactly_as_the_SDK_writes_them()
        {
            string snapshot = AiStudiosSnapshot.ToSnapshotText(Seed());

            Assert.Contains("\"top\": 144.5979042385424,", snapshot);
            Assert.Contains("\"adjustX\": -0.016860747210092203,", snapshot);
            Assert.Contains("\"height\": 2229,", snapshot);
            Assert.DoesNotContain("2229.0", snapshot);
        }

        [Fact]
        public void JSON_text_keeps_its_numbers_property_order_and_repeated_names_as_written()
        {
            string snapshot = AiStudiosSnapshot.ToSnapshotText("{\"z\":1.0,\"a\":1e3,\"big\":123456789012345678901234567890,\"neg\":-0,\"a\":[],\"o\":{}}");

            Assert.Equal("{\n  \"z\": 1.0,\n  \"a\": 1e3,\n  \"big\": 123456789012345678901234567890,\n  \"neg\": -0,\n  \"a\": [],\n  \"o\": {}\n}\n", snapshot);
        }

        [Fact]
        public void Strings_stay_readable_and_only_invisible_characters_are_escaped()
        {
            string snapshot = AiStudiosSnapshot.ToSnapshotText(
                "[\"<p>Tom &amp; Jerry</p>\",\"안녕하세요 😀\",\"a\\/b\",\"tab\\there\",\"q\\\"\\\\\",\"zero\\u200Bwidth\",\"nul\\u0000\",\"cut \\uD83D emoji\"]");

            Assert.Equal(
                "[\n  \"<p>Tom &amp; Jerry</p>\",\n  \"안녕하세요 😀\",\n  \"a/b\",\n  \"tab\\there\",\n  \"q\\\"\\\\\",\n  \"zero\\u200Bwidth\",\n  \"nul\\u0000\",\n  \"cut \\uD83D emoji\"\n]\n",
                snapshot);
        }

        [Fact]
        public void String_bytes_and_project_give_the_same_snapshot()
        {
            using var folder = new TempFolder();
            Project project = Seed();
            SnapshotSettings Accepting(string suffix) => new SnapshotSettings { Environment = Runs.Accepting(), Suffix = suffix };

            AiStudiosSnapshot.Verify(project, Accepting("project"), folder.TestFile, "Seed");
            AiStudiosSnapshot.Verify(project.ToJson(), Accepting("text"), folder.TestFile, "Seed");
            AiStudiosSnapshot.Verify(project.ToUtf8Bytes(), Accepting("bytes"), folder.TestFile, "Seed");

            byte[] expected = File.ReadAllBytes(folder.File("VideoTests.Seed.project.verified.json"));
            Assert.Equal(expected, File.ReadAllBytes(folder.File("VideoTests.Seed.text.verified.json")));
            Assert.Equal(expected, File.ReadAllBytes(folder.File("VideoTests.Seed.bytes.verified.json")));
            Assert.False(expected.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        }

        [Fact]
        public void The_snapshot_files_are_byte_identical_under_tr_TR_de_DE_and_the_invariant_culture()
        {
            // Proof that the cultures are real here (ICU present): de-DE writes a decimal comma.
            Assert.Equal("95,5", 95.5.ToString(new CultureInfo("de-DE")));
            Assert.Equal("ıd", "ID".ToLower(new CultureInfo("tr-TR")));

            using var folder = new TempFolder();
            string[] cultures = { "tr-TR", "de-DE", "" };
            foreach (string name in cultures)
            {
                CultureInfo before = CultureInfo.CurrentCulture, beforeUi = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                try
                {
                    var settings = new SnapshotSettings { Environment = Runs.Accepting(), Suffix = name.Length == 0 ? "invariant" : name };
                    Project project = Videos.Intro(titleLeft: 95.5);
                    project.Scenes[0].Clips[1].ScaleX = 87.25;
                    project.AdditionalProperties["USERID"] = JsonDocument.Parse("\"u-1\"").RootElement.Clone();
                    project.AdditionalProperties["CreatedAt"] = JsonDocument.Parse("1714557600123.5").RootElement.Clone();
                    AiStudiosSnapshot.Verify(project, settings, folder.TestFile, "Culture");
                    AiStudiosSnapshot.Verify(Seed(), new SnapshotSettings { Environment = settings.Environment, Suffix = settings.Suffix + ".seed" }, folder.TestFile, "Culture");
                }
                finally
                {
                    CultureInfo.CurrentCulture = before;
                    CultureInfo.CurrentUICulture = beforeUi;
                }
            }

            byte[] invariant = File.ReadAllBytes(folder.File("VideoTests.Culture.invariant.verified.json"));
            Assert.Equal(invariant, File.ReadAllBytes(folder.File("VideoTests.Culture.tr-TR.verified.json")));
            Assert.Equal(invariant, File.ReadAllBytes(folder.File("VideoTests.Culture.de-DE.verified.json")));
            byte[] seed = File.ReadAllBytes(folder.File("VideoTests.Culture.invariant.seed.verified.json"));
            Assert.Equal(seed, File.ReadAllBytes(folder.File("VideoTests.Culture.tr-TR.seed.verified.json")));
            Assert.Equal(seed, File.ReadAllBytes(folder.File("VideoTests.Culture.de-DE.seed.verified.json")));

            string text = Encoding.UTF8.GetString(invariant);
            Assert.Contains("\"left\": 95.5,", text);
            Assert.Contains("\"scaleX\": 87.25,", text);
            Assert.Contains("\"USERID\": \"{Id_1}\"", text);      // scrubbed by name in tr-TR too (no dotless i)
            Assert.Contains("\"CreatedAt\": \"{Date_1}\"", text);
        }

        [Fact]
        public void Invalid_JSON_is_an_ArgumentException_with_line_and_position()
        {
            var error = Assert.Throws<ArgumentException>(() => AiStudiosSnapshot.ToSnapshotText("{\n  \"scenes\": [1,]\n}"));

            Assert.Contains("not valid at $.scenes", error.Message);
            Assert.Contains("(line 2, byte position", error.Message);
        }

        [Fact]
        public void Bytes_that_are_not_UTF8_are_refused_with_the_path()
        {
            byte[] utf8 = { (byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' };

            var error = Assert.Throws<ArgumentException>(() => AiStudiosSnapshot.Verify(utf8, new SnapshotSettings { Environment = Runs.Local() }, "/tmp/VideoTests.cs", "Bytes"));

            Assert.Contains("not UTF-8", error.Message);
            Assert.Contains("$.a", error.Message);
        }

        [Fact]
        public void Text_with_an_unpaired_surrogate_character_is_refused()
        {
            var error = Assert.Throws<ArgumentException>(() => AiStudiosSnapshot.ToSnapshotText("[\"\uD83D\"]"));

            Assert.Contains("unpaired surrogate (U+D83D) at character 2", error.Message);
        }

        [Fact]
        public void Empty_input_is_refused()
        {
            Assert.Contains("empty", Assert.Throws<ArgumentException>(() => AiStudiosSnapshot.ToSnapshotText("  ")).Message);
        }
    }
}
