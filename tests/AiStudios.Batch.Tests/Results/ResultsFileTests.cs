using System;
using System.IO;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Results;

namespace AiStudios.Batch.Tests.Results;

public sealed class ResultsFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aistudios-results-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static BatchItem Done(long number, string key) => new()
    {
        BatchId = "b",
        Number = number,
        Key = key,
        State = BatchItemState.Done,
        ProjectId = "p" + number,
        DownloadUrl = "https://x.example/" + number + ".mp4",
    };

    [Fact]
    public async Task A_torn_last_line_is_cut_and_lines_already_written_are_not_repeated()
    {
        string path = Path.Combine(_folder, "results.csv");
        await File.WriteAllTextAsync(path, "key,number,project_id,state,download_url,error\n\"a, b\",1,p1,done,https://x.example/1.mp4,\n\"c\nd\",2,p2,do");

        await using (var file = await BatchResultsFile.OpenAsync(path))
        {
            Assert.False(await file.AppendAsync(Done(1, "a, b")));
            Assert.True(await file.AppendAsync(Done(2, "c\nd")));
            Assert.True(await file.AppendAsync(Done(2, "c\nd") with { State = BatchItemState.OutcomeUnknown, DownloadUrl = null, Error = "say \"why\"" }));
        }

        Assert.Equal(
            "key,number,project_id,state,download_url,error\n\"a, b\",1,p1,done,https://x.example/1.mp4,\n\"c\nd\",2,p2,done,https://x.example/2.mp4,\n\"c\nd\",2,p2,outcome-unknown,,\"say \"\"why\"\"\"\n",
            await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Json_lines_keep_numbers_and_nulls()
    {
        string path = Path.Combine(_folder, "results.jsonl");
        await using (var file = await BatchResultsFile.OpenAsync(path))
        {
            await file.AppendAsync(Done(3, "k3"));
            await file.AppendAsync(Done(4, "k4") with { State = BatchItemState.Failed, ProjectId = null, DownloadUrl = null, Error = "refused" });
        }

        await File.AppendAllTextAsync(path, "{\"key\":\"k5\",\"num");
        await using (var reopened = await BatchResultsFile.OpenAsync(path))
        {
            Assert.False(await reopened.AppendAsync(Done(3, "k3")));
        }

        Assert.Equal(
            "{\"key\":\"k3\",\"number\":3,\"project_id\":\"p3\",\"state\":\"done\",\"download_url\":\"https://x.example/3.mp4\",\"error\":null}\n"
            + "{\"key\":\"k4\",\"number\":4,\"project_id\":null,\"state\":\"failed\",\"download_url\":null,\"error\":\"refused\"}\n",
            await File.ReadAllTextAsync(path));
    }
}
