using System.Linq;
using System.Threading.Tasks;
using AiStudios.Batch.Input;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;
using AiStudios.Batch.Tests.Infrastructure;

namespace AiStudios.Batch.Tests.Planning;

public class PlanTests
{
    private static Task<BatchPlan> Plan(string csv, BatchMapping? mapping = null, Project? template = null) =>
        BatchPlanner.PlanAsync(
            BatchTemplate.FromProject(template ?? Samples.Greeting(), "greeting.json"),
            BatchRowSource.FromCsvText(csv, "people.csv"),
            mapping ?? Samples.GreetingMapping());

    private static Project ProjectOf(BatchPlan plan, int index) => Project.FromJson(plan.Items[index].Payload!);

    [Fact]
    public async Task Mapped_columns_reach_the_clips_by_tag_and_placeholders_reach_name_and_speech()
    {
        var plan = await Plan("email,first_name,headline,logo_url\nann@example.com,Ann <3 & co,Hi Ann,https://cdn.example.com/ann.png\n");

        Assert.False(plan.HasErrors, string.Join("\n", plan.Describe()));
        Project project = ProjectOf(plan, 0);
        Scene scene = project.Scenes[0];
        Assert.Equal("Welcome Ann <3 & co", project.Name);
        Assert.Equal("Hi Ann", scene.Clips.OfType<TextClip>().Single(c => c.Tag == "title").Text);
        Assert.Equal("https://cdn.example.com/ann.png", scene.Clips.OfType<ImageClip>().Single(c => c.Tag == "logo").SourceUrl);
        Assert.Equal("<p>Hello Ann &lt;3 &amp; co, welcome aboard!</p>", scene.Scripts![0].Text);
        Assert.Equal("ann@example.com", plan.Items[0].Key);
    }

    [Fact]
    public async Task A_script_column_replaces_the_scene_speech_as_plain_text()
    {
        var mapping = Samples.GreetingMapping();
        mapping.Scripts[0] = "speech";
        var plan = await Plan("email,first_name,headline,logo_url,speech\na@example.com,A,H,https://x.example/l.png,\"Line one\nSay \"\"é\"\"\"\n", mapping);

        Assert.False(plan.HasErrors, string.Join("\n", plan.Describe()));
        Assert.Equal("<p>Line one</p><p>Say &quot;é&quot;</p>", ProjectOf(plan, 0).Scenes[0].Scripts![0].Text);
    }

    [Fact]
    public async Task Missing_columns_are_errors_of_each_row_and_unused_columns_are_warnings_grouped_by_column()
    {
        var csv = "email,first_name,headline,notes\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"p{i}@x.example,P{i},H{i},n")) + "\n";
        var plan = await Plan(csv);

        Assert.True(plan.HasErrors);
        Assert.False(plan.HasBatchErrors);
        Assert.Equal(12, plan.InvalidRowCount);
        var missing = plan.Issues.Where(i => i.Code == BatchIssue.MissingColumn).ToList();
        Assert.Equal(12, missing.Count);
        Assert.Equal("people.csv(2,1): error BATCH001: row 1: The column 'logo_url' (named by the mapping or a {{logo_url}} placeholder) is not in this row.", missing[0].ToString());
        Assert.All(plan.Issues.Where(i => i.Code == BatchIssue.UnusedColumn), i => Assert.Equal("notes", i.Column));

        var lines = plan.Describe(maxLines: 3);
        Assert.Contains("... and 9 more error(s).", lines);
        Assert.Contains("people.csv: warning BATCH002: The column 'notes' is not used by the mapping or any placeholder. (12 rows: 1-12)", lines);
    }

    [Fact]
    public async Task A_row_whose_project_is_invalid_is_reported_with_the_validation_problems()
    {
        var csv = "email,first_name,headline,logo_url\nok@x.example,A,H,https://x.example/l.png\nbad@x.example,B,H,\n";
        var plan = await Plan(csv);

        Assert.Equal(1, plan.InvalidRowCount);
        var invalid = Assert.Single(plan.Issues, i => i.Code == BatchIssue.InvalidProject);
        Assert.Equal(2, invalid.RowNumber);
        Assert.Equal("bad@x.example", plan.Items[1].Key);
        Assert.Contains("AIS0016", invalid.Message);
        Assert.Contains(plan.Issues, i => i.Code == BatchIssue.EmptyValue && i.RowNumber == 2 && i.Column == "logo_url");
        Assert.Null(plan.Items[1].Payload);
    }

    [Fact]
    public async Task Item_seeds_carry_each_row_s_project_or_why_it_is_skipped()
    {
        var csv = "email,first_name,headline,logo_url\nok@x.example,A,H,https://x.example/l.png\nbad@x.example,B,H,\n";
        var plan = await Plan(csv);

        var seeds = plan.ToItemSeeds();

        Assert.Equal(2, seeds.Count);
        Assert.Equal((1L, "ok@x.example"), (seeds[0].Number, seeds[0].Key));
        Assert.Equal(plan.Items[0].Payload, seeds[0].Payload);
        Assert.Null(seeds[0].SkipReason);
        Assert.Equal((2L, "bad@x.example"), (seeds[1].Number, seeds[1].Key));
        Assert.Null(seeds[1].Payload);
        Assert.Contains("AIS0016", seeds[1].SkipReason);
    }

    [Fact]
    public async Task Keys_must_be_present_unique_and_non_empty()
    {
        var csv = "email,first_name,headline,logo_url\na@x.example,A,H,u\na@x.example,B,H,u\n ,C,H,u\n";
        var plan = await Plan(csv);

        Assert.Contains(plan.Issues, i => i.Code == BatchIssue.DuplicateKey && i.RowNumber == 2 && i.Message.Contains("row 1"));
        Assert.Contains(plan.Issues, i => i.Code == BatchIssue.EmptyKey && i.RowNumber == 3);
    }

    [Fact]
    public async Task Without_a_key_column_rows_are_keyed_by_number()
    {
        var plan = await Plan(Samples.People(3), Samples.GreetingMapping(key: null));

        Assert.Equal(new[] { "1", "2", "3" }, plan.Items.Select(i => i.Key));
        Assert.Contains(plan.Issues, i => i.Code == BatchIssue.UnusedColumn && i.Column == "email");
    }

    [Fact]
    public async Task Template_problems_concern_the_whole_batch()
    {
        var mapping = Samples.GreetingMapping();
        mapping.Clips["subtitle"] = "headline";
        mapping.Scripts[3] = "first_name";
        Project draft = Samples.Greeting();
        draft.IsExport = false;
        var plan = await Plan(Samples.People(2), mapping, draft);

        Assert.True(plan.HasBatchErrors);
        var batchWide = plan.Issues.Where(i => i.RowNumber == 0).Select(i => i.Message).ToList();
        Assert.Contains(batchWide, m => m.StartsWith("No clip of the template has the tag 'subtitle'") && m.Contains("'title', 'logo'"));
        Assert.Contains(batchWide, m => m.StartsWith("Scripts map scene 3"));
        Assert.Contains(batchWide, m => m.Contains("\"isExport\": false"));
    }

    [Fact]
    public async Task The_fingerprint_follows_the_rows_and_the_template()
    {
        var a = await Plan(Samples.People(3));
        var same = await Plan(Samples.People(3));
        var otherRows = await Plan(Samples.People(4));
        Project changed = Samples.Greeting();
        changed.Name = "Hi {{first_name}}";
        var otherTemplate = await Plan(Samples.People(3), template: changed);

        Assert.Equal(a.Fingerprint, same.Fingerprint);
        Assert.NotEqual(a.Fingerprint, otherRows.Fingerprint);
        Assert.NotEqual(a.Fingerprint, otherTemplate.Fingerprint);
    }

    [Fact]
    public void A_mapping_file_is_read_and_its_mistakes_are_named()
    {
        var mapping = BatchMapping.FromJson("{\"key\":\"email\",\"name\":\"Hi {{n}}\",\"clips\":{\"title\":\"headline\"},\"scripts\":{\"0\":\"speech\"}}");

        Assert.Equal("email", mapping.KeyColumn);
        Assert.Equal("headline", mapping.Clips["title"]);
        Assert.Equal("speech", mapping.Scripts[0]);
        var e = Assert.Throws<System.FormatException>(() => BatchMapping.FromJson("{\"clip\":{}}", "map.json"));
        Assert.Equal("map.json: error: $.clip is not a mapping field (key, name, clips, scripts).", e.Message);
        var syntax = Assert.Throws<System.FormatException>(() => BatchMapping.FromJson("{\n \"key\": }", "map.json"));
        Assert.StartsWith("map.json(2,", syntax.Message);
    }
}
