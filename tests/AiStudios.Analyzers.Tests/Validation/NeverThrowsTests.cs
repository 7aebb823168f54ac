using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Serialization;
using AiStudios.Testing;
using AiStudios.Validation;
using CsCheck;

namespace AiStudios.Analyzers.Tests.Validation
{
    /// <summary>Validate() never throws: not on mutated payloads, not on objects no payload could produce.</summary>
    public sealed class NeverThrowsTests
    {
        private static readonly string Seed = File.ReadAllText(RepoPaths.SeedProject);
        private static readonly string EveryClip = File.ReadAllText(RepoPaths.InRepo("tests/AiStudios.Tests/Fixtures/every-clip.json"));

        private static readonly JsonNode?[] Replacements =
        {
            null, JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1e308), JsonValue.Create(75.5), JsonValue.Create("abc"),
            JsonValue.Create(""), JsonValue.Create(true), new JsonArray(), new JsonObject(), new JsonArray(JsonValue.Create(1), null),
            new JsonObject { ["type"] = "sticker" }, JsonValue.Create("<b>x</b>"), JsonValue.Create("M000045059"),
        };

        [Fact]
        public void Mutated_published_payloads_validate_without_throwing()
        {
            Gen<(int Fixture, int[] Picks)> mutations = Gen.Select(Gen.Int[0, 1], Gen.Int[0, 1_000_000].Array[1, 8]);
            mutations.Sample(mutation =>
            {
                JsonNode root = JsonNode.Parse(mutation.Fixture == 0 ? Seed : EveryClip)!;
                foreach (int pick in mutation.Picks)
                {
                    Mutate(root, pick);
                }

                Project project;
                try
                {
                    project = Project.FromJson(root.ToJsonString());
                }
                catch (AiStudiosJsonException)
                {
                    return; // Not a project at all: the reader says so; nothing to validate.
                }

                ValidationReport report = project.Validate();
                Assert.All(report, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            }, iter: 400);
        }

        [Fact]
        public void Objects_no_payload_could_hold_validate_without_throwing()
        {
            JsonElement stale;
            using (JsonDocument document = JsonDocument.Parse("{\"a\":[1,2,3]}"))
            {
                stale = document.RootElement; // Reading it after the document is disposed throws.
            }

            var clip = new TextClip { Id = null!, Text = null!, Fill = null, FontSize = int.MinValue, Width = double.NaN, Height = double.NegativeInfinity, ScaleX = double.PositiveInfinity, Angle = double.NaN, Layer = int.MaxValue };
            clip.AdditionalProperties["x-raw"] = stale;
            var project = new Project
            {
                Orientation = (Orientation)42,
                Resolution = (Resolution)(-1),
                Scenes =
                {
                    null!,
                    new Scene { SceneIndex = -5, Clips = { null!, clip, new UnknownClip("") { Id = "", Width = 0, Height = 0 } }, Scripts = new List<Script> { null!, new Script() } },
                    new Scene { SceneIndex = 2, Clips = null!, Background = new Background { SourceColor = "rgb(" } },
                    new Scene { SceneIndex = 3, Clips = { new AvatarClip { Id = "a", Width = 1, Height = 1, Model = null! }, new AvatarClip { Id = "b", Width = 1, Height = 1, Model = new AvatarModel { AvatarId = null!, ClothesId = null!, Editor = new AvatarEditor { Scale = double.NaN } } } } },
                },
            };

            ValidationReport report = project.Validate();
            Assert.True(report.HasErrors);
            Assert.Contains(report, p => p.RuleId == "AIS0015" && p.Path == "orientation");
            Assert.Contains(report, p => p.RuleId == "AIS0003" && p.Path == "scenes[1].clips[1].width");
            Assert.Equal(new[] { "AIS1001" }, ((Project)null!).Validate().Select(p => p.RuleId));
        }

        private static void Mutate(JsonNode root, int pick)
        {
            var containers = new List<JsonNode>();
            Collect(root, containers);
            JsonNode target = containers[pick % containers.Count];
            int choice = pick / containers.Count;
            if (target is JsonObject obj && obj.Count > 0)
            {
                string key = obj.ElementAt(choice % obj.Count).Key;
                switch (choice / obj.Count % 3)
                {
                    case 0:
                        obj[key] = Replacements[choice % Replacements.Length]?.DeepClone();
                        break;
                    case 1:
                        obj.Remove(key);
                        break;
                    default:
                        obj["x-fuzz-" + choice] = Replacements[choice % Replacements.Length]?.DeepClone();
                        break;
                }
            }
            else if (target is JsonArray array && array.Count > 0)
            {
                int index = choice % array.Count;
                if (choice % 2 == 0)
                {
                    array.Add(array[index]?.DeepClone());
                }
                else
                {
                    array[index] = Replacements[choice % Replacements.Length]?.DeepClone();
                }
            }
        }

        private static void Collect(JsonNode? node, List<JsonNode> into)
        {
            switch (node)
            {
                case JsonObject obj:
                    into.Add(obj);
                    foreach (KeyValuePair<string, JsonNode?> member in obj)
                    {
                        Collect(member.Value, into);
                    }

                    break;
                case JsonArray array:
                    into.Add(array);
                    foreach (JsonNode? item in array)
                    {
                        Collect(item, into);
                    }

                    break;
            }
        }
    }
}
