using System.IO;
using System.Linq;
using AiStudios.Testing.Tests.Infrastructure;

namespace AiStudios.Testing.Tests
{
    /// <summary>What a failed snapshot says: paths and values, a line diff, cut to a readable length.</summary>
    public sealed class FailureMessageTests
    {
        private static SnapshotMismatchException Mismatch(string verifiedFile, string received, SnapshotSettings? settings = null)
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("VideoTests.Case.verified.json"), verifiedFile);
            settings ??= new SnapshotSettings();
            settings.Environment = Runs.Local();
            return Assert.Throws<SnapshotMismatchException>(() => AiStudiosSnapshot.Verify(received, settings, folder.TestFile, "Case"));
        }

        private static string Numbers(int count, int changedFrom) =>
            "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"n{i}\":{(i >= changedFrom ? i + 1000 : i)}")) + "}";

        [Fact]
        public void Many_differences_are_counted_and_the_first_ten_listed()
        {
            var error = Mismatch(AiStudiosSnapshot.ToSnapshotText(Numbers(30, 0)), Numbers(30, 0).Replace(":", ":-"));

            Assert.Equal(30, error.DifferenceCount);
            Assert.Contains("30 values differ.", error.Message);
            Assert.Contains("$.n9\n  verified: 1009\n  received: -1009\n", error.Message);
            Assert.DoesNotContain("$.n10\n", error.Message);
            Assert.Contains("... and 20 more.", error.Message);
        }

        [Fact]
        public void MaxDifferencesShown_sets_how_many_are_listed()
        {
            var error = Mismatch(AiStudiosSnapshot.ToSnapshotText(Numbers(5, 5)), Numbers(5, 0), new SnapshotSettings { MaxDifferencesShown = 2 });

            Assert.Contains("$.n1\n", error.Message);
            Assert.DoesNotContain("$.n2\n", error.Message);
            Assert.Contains("... and 3 more.", error.Message);
        }

        [Fact]
        public void Missing_and_extra_values_show_as_none()
        {
            var error = Mismatch("{\n  \"a\": 1,\n  \"b\": [\n    1\n  ]\n}\n", "{\"b\":[1,2],\"c\":true}");

            Assert.Contains("3 values differ.", error.Message);
            Assert.Contains("$.a\n  verified: 1\n  received: (none)\n", error.Message);
            Assert.Contains("$.b[1]\n  verified: (none)\n  received: 2\n", error.Message);
            Assert.Contains("$.c\n  verified: (none)\n  received: true\n", error.Message);
        }

        [Fact]
        public void A_change_of_property_order_is_a_difference_of_its_own()
        {
            var error = Mismatch("{\n  \"a\": 1,\n  \"b\": 2\n}\n", "{\"b\":2,\"a\":1}");

            Assert.Contains("1 value differs.", error.Message);
            Assert.Contains("$: the order of the properties differs\n  verified: a, b\n  received: b, a\n", error.Message);
        }

        [Fact]
        public void Long_values_and_long_lines_are_cut()
        {
            string longText = new string('x', 5000);

            var error = Mismatch("{\n  \"text\": \"short\"\n}\n", "{\"text\":\"" + longText + "\"}");

            Assert.Contains("received: \"" + new string('x', 199) + "... (5002 characters)", error.Message);
            Assert.True(error.Message.Length < 2000, error.Message.Length.ToString());
        }

        [Fact]
        public void A_huge_change_keeps_the_message_bounded_and_still_says_how_to_accept()
        {
            string verified = AiStudiosSnapshot.ToSnapshotText("[" + string.Join(",", Enumerable.Range(0, 5000)) + "]");

            var error = Mismatch(verified, "[" + string.Join(",", Enumerable.Range(0, 5000).Select(i => i * 2 + 1)) + "]");

            Assert.Equal(5000, error.DifferenceCount);
            Assert.True(error.Message.Length < 8000, error.Message.Length.ToString());
            Assert.Contains("... (more changed lines; compare the two files)", error.Message);
            Assert.EndsWith("then commit the .verified.json file.", error.Message);
        }

        [Fact]
        public void A_verified_file_that_is_not_JSON_still_gets_a_line_diff()
        {
            var error = Mismatch("{\n<<<<<<< HEAD\n  \"a\": 1\n}\n", "{\"a\":1}");

            Assert.Contains("the verified file is not valid JSON (", error.Message);
            Assert.Contains("  - <<<<<<< HEAD\n", error.Message);
        }

        [Fact]
        public void Equal_values_written_differently_say_so()
        {
            var error = Mismatch("{\n    \"a\": 1\n}\n", "{\"a\":1}");

            Assert.Contains("the values are equal, but the text differs", error.Message);
            Assert.Equal(0, error.DifferenceCount);
        }

        [Fact]
        public void A_number_spelt_differently_is_a_difference()
        {
            var error = Mismatch("{\n  \"a\": 1\n}\n", "{\"a\":1.0}");

            Assert.Contains("$.a\n  verified: 1\n  received: 1.0\n", error.Message);
        }
    }
}
