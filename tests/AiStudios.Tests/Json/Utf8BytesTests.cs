using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Testing;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// ToUtf8Bytes and ToJson write through a pooled buffer and a writer kept per thread: their
    /// output must be exactly what WriteTo writes into a fresh Utf8JsonWriter, for every fixture,
    /// for documents that cross the buffer's sizes, after a failed write, and on many threads.
    /// </summary>
    public class Utf8BytesTests
    {
        private static readonly JsonWriterOptions SdkOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

        public static IEnumerable<object[]> Fixtures() =>
            Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Fixtures"), "*.json")
                .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json"))
                .Where(path => !Path.GetFileName(path).Contains("trailing-comma", StringComparison.Ordinal) && IsProject(path))
                .Select(path => new object[] { path });

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void ToUtf8Bytes_and_ToJson_equal_WriteTo_for_every_fixture(string path)
        {
            Project project = Project.FromJson(File.ReadAllBytes(path));

            byte[] expected = WrittenByWriteTo(project);

            Assert.Equal(expected, project.ToUtf8Bytes());
            Assert.Equal(Encoding.UTF8.GetString(expected), project.ToJson());
        }

        [Fact]
        public void Documents_crossing_the_buffer_sizes_are_written_whole_in_any_order_of_sizes()
        {
            // From one scene (about 2.5 KB, under the first 4 KB buffer) to 400 (about 1 MB, past
            // every doubling), large after small and small after large, so the size remembered
            // from the last document is both too small and too large.
            foreach (int scenes in new[] { 1, 2, 3, 7, 40, 400, 1, 150, 2, 400 })
            {
                Project project = Project.FromJson(Scenes(scenes));
                byte[] expected = WrittenByWriteTo(project);

                byte[] actual = project.ToUtf8Bytes();

                Assert.Equal(expected.Length, actual.Length);
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"{scenes} scenes: ToUtf8Bytes differs from WriteTo");
                Assert.Equal(scenes, Project.FromJson(actual).Scenes.Count);
            }
        }

        [Fact]
        public void A_failed_write_leaves_nothing_behind_for_the_next_one()
        {
            Project broken = Project.FromJson(File.ReadAllBytes(RepoPaths.SeedProject));
            ((AvatarClip)broken.Scenes[0].Clips[0]).Top = double.NaN;
            Project good = Project.FromJson(Scenes(3));

            Assert.Throws<InvalidOperationException>(() => broken.ToUtf8Bytes());
            Assert.Throws<InvalidOperationException>(() => broken.ToJson());

            Assert.Equal(WrittenByWriteTo(good), good.ToUtf8Bytes());
        }

        [Fact]
        public void Many_threads_writing_at_once_each_get_their_own_document()
        {
            Project[] projects = Enumerable.Range(1, 8).Select(n => Project.FromJson(Scenes(n * 5))).ToArray();
            byte[][] expected = projects.Select(WrittenByWriteTo).ToArray();

            Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                int which = i % projects.Length;
                Assert.Equal(expected[which], projects[which].ToUtf8Bytes());
            });
        }

        private static byte[] WrittenByWriteTo(Project project)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, SdkOptions))
            {
                project.WriteTo(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>The seed project with its scene repeated, each copy told apart by its index.</summary>
        private static byte[] Scenes(int count)
        {
            JsonObject seed = JsonNode.Parse(File.ReadAllBytes(RepoPaths.SeedProject))!.AsObject();
            JsonNode scene = seed["scenes"]![0]!;
            var scenes = new JsonArray();
            for (int i = 0; i < count; i++)
            {
                JsonNode copy = scene.DeepClone();
                copy["sceneIdx"] = i;
                scenes.Add(copy);
            }

            seed["scenes"] = scenes;
            return Encoding.UTF8.GetBytes(seed.ToJsonString());
        }

        private static bool IsProject(string path)
        {
            try
            {
                Project.FromJson(File.ReadAllBytes(path));
                return true;
            }
            catch (AiStudios.Serialization.AiStudiosJsonException)
            {
                return false;
            }
        }
    }
}
