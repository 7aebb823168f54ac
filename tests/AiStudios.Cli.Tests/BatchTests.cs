using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiStudios.Testing;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary><c>aistudios batch</c> as a process, against an emulator the test hosts (so it outlives a killed tool).</summary>
    public class BatchTests : IClassFixture<HostedEmulator>
    {
        private readonly HostedEmulator _emulator;

        public BatchTests(HostedEmulator emulator)
        {
            _emulator = emulator;
        }

        private static string Template => RepoPaths.Fixture("batch-greeting.json");

        private static string People(string folder, int rows, Func<int, string>? logo = null)
        {
            var csv = new StringBuilder("email,first_name,headline,logo_url\r\n");
            for (int i = 1; i <= rows; i++)
            {
                csv.Append($"p{i}@example.com,Person {i},\"Hello, person {i}\",{(logo is null ? $"https://cdn.example.com/{i}.png" : logo(i))}\r\n");
            }

            string path = Path.Combine(folder, "people.csv");
            File.WriteAllText(path, csv.ToString());
            return path;
        }

        private string[] Arguments(string csv, params string[] more) =>
            new[] { "batch", Template, csv, "--ledger", "batch.db", "--key", "email", "--map", "title=headline", "--map", "logo=logo_url", "--output", "results.csv", "--concurrency", "2", "--base-url", _emulator.BaseUrl }
                .Concat(more).ToArray();

        [Fact]
        public async Task Killed_mid_batch_then_run_again_it_finishes_with_every_row_created_once()
        {
            string folder = Sandbox.NewFolder("batch");
            string csv = People(folder, 6);
            string[] arguments = Arguments(csv);

            CliProcess first = CliProcess.Start(folder, _emulator.KeyVariables, arguments);
            await first.WaitForOutputAsync("2 in flight", TimeSpan.FromSeconds(60));
            first.Signal("KILL");
            CliResult killed = await first.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(137, killed.ExitCode);

            CliResult resumed = await CliProcess.RunInAsync(folder, _emulator.KeyVariables, arguments);

            Assert.True(resumed.ExitCode == 0, resumed.ToString());
            string batchId = System.Text.RegularExpressions.Regex.Match(resumed.Output, "Batch ([a-z0-9]+): 6/6 done").Groups[1].Value;
            Assert.NotEmpty(batchId);
            var creates = _emulator.Server.State.CreateCounts($"[b:{batchId}:");
            Assert.Equal((6, 6, 0), (creates.ProjectsCreated, creates.DistinctNames, creates.DuplicateNames));
            string[] results = File.ReadAllLines(Path.Combine(folder, "results.csv"));
            Assert.Equal("key,number,project_id,state,download_url,error", results[0]);
            Assert.Equal(6, results.Skip(1).Where(l => l.Contains(",done,")).Select(l => l.Split(',')[0]).Distinct().Count());

            // A third run has nothing to do and sends nothing.
            CliResult again = await CliProcess.RunInAsync(folder, _emulator.KeyVariables, arguments);
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Contains("this run: 0 create(s)", again.Output);
            Assert.Equal(6, _emulator.Server.State.CreateCounts($"[b:{batchId}:").ProjectsCreated);
        }

        [Fact]
        public async Task Rows_with_errors_are_listed_and_nothing_is_sent_unless_they_are_skipped()
        {
            string folder = Sandbox.NewFolder("batch-invalid");
            string csv = People(folder, 3, i => i == 2 ? "" : $"https://cdn.example.com/{i}.png");
            int before = _emulator.Server.State.TotalRequests;

            CliResult refused = await CliProcess.RunInAsync(folder, _emulator.KeyVariables, Arguments(csv));

            Assert.True(refused.ExitCode == 1, refused.ToString());
            Assert.Contains(refused.OutputLines, l => l.StartsWith($"{csv}(3,1): error BATCH003: row 2: The row's project is not valid") && l.Contains("AIS0016"));
            Assert.Contains("Not started: 3 rows: 2 valid, 1 invalid", refused.Error);
            Assert.Equal(before, _emulator.Server.State.TotalRequests);

            CliResult skipped = await CliProcess.RunInAsync(folder, _emulator.KeyVariables, Arguments(csv, "--skip-invalid"));
            Assert.True(skipped.ExitCode == 0, skipped.ToString());
            Assert.Contains("2/3 done, 0 failed, 0 outcome unknown, 1 skipped", skipped.Output);
        }

        [Fact]
        public async Task A_malformed_csv_is_named_with_its_line_and_column()
        {
            string folder = Sandbox.NewFolder("batch-malformed");
            string csv = Path.Combine(folder, "people.csv");
            File.WriteAllText(csv, "email,first_name,headline,logo_url\na@x.example,Ann,say \"hi\",u\n");

            CliResult result = await CliProcess.RunInAsync(folder, _emulator.KeyVariables, Arguments(csv));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"error: {csv}(2,21): error: A quote inside a value", result.Error);
        }

        [Theory]
        [InlineData("--rate", "fast", "--rate 'fast': a positive number per minute")]
        [InlineData("--map", "title", "--map 'title' must be tag=column.")]
        [InlineData("--resend-absent-after", "soon", "--resend-absent-after 'soon': a duration such as 10m or 90s.")]
        public async Task Bad_options_are_usage_errors(string option, string value, string message)
        {
            string folder = Sandbox.NewFolder("batch-usage");
            CliResult result = await CliProcess.RunInAsync(folder, _emulator.KeyVariables, Arguments(People(folder, 1), option, value));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(message, result.Error);
        }
    }
}
