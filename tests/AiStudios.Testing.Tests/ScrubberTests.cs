using System;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiStudios.Testing.Tests.Infrastructure;

namespace AiStudios.Testing.Tests
{
    /// <summary>Values that change between runs become numbered placeholders; content stays.</summary>
    public sealed class ScrubberTests
    {
        // A fetched project as GET /editor/project/{id} answers it, trimmed.
        private const string Fetched = @"{
  ""_id"": ""6630a8c0f1a2b3c4d5e6f7a8"",
  ""userId"": ""u-77"",
  ""name"": ""Intro 2024-05-01"",
  ""createdAt"": ""2024-05-01T12:00:00.123Z"",
  ""updatedAt"": ""2024-05-01T12:00:00.123Z"",
  ""progress"": 100,
  ""download_url"": ""https://bucket.s3.amazonaws.com/v/6630a8c0.mp4?X-Amz-Signature=abc&X-Amz-Expires=3600"",
  ""webhookUrl"": ""https://hooks.example.com/render/5f0c1d2e3a4b5c6d7e8f9a0b?token=s3cr3t&attempt=1"",
  ""requestGuid"": ""0f8fad5b-d9cb-469f-a165-70867728950e"",
  ""again"": ""0F8FAD5B-D9CB-469F-A165-70867728950E"",
  ""scenes"": [{ ""clips"": [{ ""id"": ""textImage-0-2"", ""fill"": ""#ffffff"", ""text"": ""2024-05-01"", ""left"": 80 }] }],
  ""stamp"": 1714557600123,
  ""lastModified"": 1714557600,
  ""poster"": ""https://cdn.example.com/poster.png""
}";

        [Fact]
        public void Built_in_scrubbers_number_ids_dates_and_urls_by_first_appearance()
        {
            string snapshot = AiStudiosSnapshot.ToSnapshotText(Fetched);

            Assert.Equal(@"{
  ""_id"": ""{Id_1}"",
  ""userId"": ""{Id_2}"",
  ""name"": ""Intro 2024-05-01"",
  ""createdAt"": ""{Date_1}"",
  ""updatedAt"": ""{Date_1}"",
  ""progress"": 100,
  ""download_url"": ""{Url_1}"",
  ""webhookUrl"": ""https://hooks.example.com/render/{Token_1}?token={Token_2}&attempt={Token_3}"",
  ""requestGuid"": ""{Id_3}"",
  ""again"": ""{Id_4}"",
  ""scenes"": [
    {
      ""clips"": [
        {
          ""id"": ""textImage-0-2"",
          ""fill"": ""#ffffff"",
          ""text"": ""2024-05-01"",
          ""left"": 80
        }
      ]
    }
  ],
  ""stamp"": 1714557600123,
  ""lastModified"": ""{Date_2}"",
  ""poster"": ""https://cdn.example.com/poster.png""
}
".Replace("\r\n", "\n"), snapshot);
        }

        [Fact]
        public void A_webhook_URL_with_a_random_token_snapshots_identically_across_runs()
        {
            static Project Build() => Video.Landscape()
                .Webhook($"https://hooks.example.com/aistudios/{Guid.NewGuid()}?token={Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=')}")
                .Scene(s => s.Text("Hello"))
                .Build();
            using var folder = new TempFolder();
            Project first = Build(), second = Build();
            Assert.NotEqual(first.WebhookUrl, second.WebhookUrl);

            AiStudiosSnapshot.Verify(first, new SnapshotSettings { Environment = Runs.Accepting() }, folder.TestFile, "Webhook");
            AiStudiosSnapshot.Verify(second, new SnapshotSettings { Environment = Runs.Local() }, folder.TestFile, "Webhook");

            string verified = File.ReadAllText(folder.File("VideoTests.Webhook.verified.json"));
            Assert.Contains("\"webhookUrl\": \"https://hooks.example.com/aistudios/{Token_1}?token={Token_2}\"", verified);
            Assert.DoesNotContain(first.WebhookUrl!.Split('=')[1], verified);
            Assert.Equal(AiStudiosSnapshot.ToSnapshotText(first), AiStudiosSnapshot.ToSnapshotText(second));
        }

        [Fact]
        public void A_webhook_URL_without_secrets_stays_as_it_is()
        {
            string snapshot = AiStudiosSnapshot.ToSnapshotText("{\"webhookUrl\":\"https://hooks.example.com/aistudios/render-done\"}");

            Assert.Contains("https://hooks.example.com/aistudios/render-done", snapshot);
        }

        [Fact]
        public void User_info_and_fragments_of_a_webhook_URL_are_scrubbed()
        {
            string snapshot = AiStudiosSnapshot.ToSnapshotText("{\"callbackUrl\":\"https://bot:hunter2@hooks.example.com/x#sig\",\"webhook\":\"https://abc@h.example.com/\"}");

            Assert.Contains("\"https://bot:{Token_1}@hooks.example.com/x#{Token_2}\"", snapshot);
            Assert.Contains("\"https://{Token_3}@h.example.com/\"", snapshot);
        }

        [Fact]
        public void Path_scrubbers_replace_any_value_and_number_equal_values_alike()
        {
            var settings = new SnapshotSettings()
                .ScrubPath("$.scenes[*].clips[*].id", "ClipId")
                .ScrubPath("$.scenes[0].background", "Background");

            string snapshot = AiStudiosSnapshot.ToSnapshotText(Videos.Intro(), settings);

            Assert.Contains("\"id\": \"{ClipId_1}\"", snapshot);
            Assert.Contains("\"id\": \"{ClipId_2}\"", snapshot);
            Assert.Contains("\"id\": \"{ClipId_3}\"", snapshot);
            Assert.Contains("\"name\": \"aiModel-0-1\"", snapshot);
            Assert.Contains("\"background\": \"{Background_1}\"", snapshot);
        }

        [Fact]
        public void Predicate_scrubbers_see_path_name_kind_and_exact_value()
        {
            SnapshotValue? seen = null;
            var settings = new SnapshotSettings().Scrub(
                v =>
                {
                    if (v.PropertyName == "left" && v.Path == "$.scenes[0].clips[1].left")
                    {
                        seen = v;
                    }

                    return v.Kind == JsonValueKind.Number && v.PropertyName == "left";
                },
                "Left");

            string snapshot = AiStudiosSnapshot.ToSnapshotText(Videos.Intro(titleLeft: 95.5), settings);

            Assert.Equal("$.scenes[0].clips[1].left = 95.5", seen!.ToString());
            Assert.Contains("\"left\": \"{Left_1}\"", snapshot);
            Assert.Contains("\"left\": \"{Left_2}\"", snapshot);
            Assert.Contains("\"left\": \"{Left_3}\"", snapshot);   // the video clip's left 0
        }

        [Fact]
        public void Text_scrubbers_replace_matches_inside_strings()
        {
            var settings = new SnapshotSettings().ScrubText(new Regex("order-[0-9]+"), "Order");

            string snapshot = AiStudiosSnapshot.ToSnapshotText("{\"text\":\"Thanks for order-1234 and order-99, order-1234!\"}", settings);

            Assert.Contains("\"Thanks for {Order_1} and {Order_2}, {Order_1}!\"", snapshot);
        }

        [Fact]
        public void Ignored_paths_leave_properties_and_array_items_out()
        {
            var settings = new SnapshotSettings().IgnorePath("$..thumbnailUrl").IgnorePath("$.scenes[1]").IgnorePath("$.scenes[0].clips[0].model");

            string snapshot = AiStudiosSnapshot.ToSnapshotText(Videos.Intro(), settings);

            Assert.DoesNotContain("thumbnailUrl", snapshot);
            Assert.DoesNotContain("videoImage", snapshot);
            Assert.DoesNotContain("\"model\"", snapshot);
            Assert.Contains("textImage-0-2", snapshot);
        }

        [Fact]
        public void Ignoring_the_root_is_refused()
        {
            Assert.Contains("whole snapshot", Assert.Throws<ArgumentException>(() => new SnapshotSettings().IgnorePath("$")).Message);
        }

        [Fact]
        public void DontScrubPath_keeps_a_value_and_everything_inside_it_from_the_built_in_scrubbers()
        {
            var settings = new SnapshotSettings().DontScrubPath("$.createdAt").DontScrubPath("$.scenes");

            string snapshot = AiStudiosSnapshot.ToSnapshotText("{\"createdAt\":\"2024-05-01T12:00:00Z\",\"updatedAt\":\"2024-05-01T12:00:00Z\",\"scenes\":[{\"g\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"}]}", settings);

            Assert.Contains("\"createdAt\": \"2024-05-01T12:00:00Z\"", snapshot);
            Assert.Contains("\"updatedAt\": \"{Date_1}\"", snapshot);
            Assert.Contains("\"g\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"", snapshot);
        }

        [Fact]
        public void Built_in_scrubbers_can_be_turned_off()
        {
            string snapshot = AiStudiosSnapshot.ToSnapshotText(Fetched, new SnapshotSettings { ScrubVolatileValues = false });

            Assert.Contains("6630a8c0f1a2b3c4d5e6f7a8", snapshot);
            Assert.Contains("token=s3cr3t", snapshot);
            Assert.DoesNotContain("_1}", snapshot);
        }

        [Theory]
        [InlineData("")]
        [InlineData("Has space")]
        [InlineData("Id{1}")]
        public void A_category_must_be_a_plain_word(string category)
        {
            Assert.Throws<ArgumentException>(() => new SnapshotSettings().ScrubPath("$.a", category));
        }

        [Fact]
        public void A_malformed_path_is_an_error_that_says_where()
        {
            var error = Assert.Throws<ArgumentException>(() => new SnapshotSettings().ScrubPath("$.scenes[x].left"));

            Assert.Contains("'$.scenes[x].left' is malformed near character", error.Message);
            Assert.Contains("[x]", error.Message);
        }
    }
}
