using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiStudios;
using AiStudios.Batch.Input;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;

Project design = Video.Landscape()
    .Name("Welcome {{name}}")
    .Scene(s => s.Avatar("M000045058").Script("Hello {{name}}!").Text("title", t => t.Tag("title").Position(80, 60).Size(900, 120).FontSize(60)))
    .Build();
var mapping = new BatchMapping { KeyColumn = "email" };
mapping.Clips["title"] = "headline";

BatchPlan plan = await BatchPlanner.PlanAsync(BatchTemplate.FromProject(design), BatchRowSource.FromRows(Rows(), "people.csv"), mapping);
Console.WriteLine(plan);
foreach (string line in plan.Describe())
{
    Console.WriteLine(line);
}

// The native SQLite library comes with the package: a ledger file opens, takes a batch, counts its items.
string folder = Directory.CreateTempSubdirectory("batch-consumer-").FullName;
await using (var ledger = await SqliteBatchLedger.OpenAsync(Path.Combine(folder, "batch.db")))
{
    var seeds = new[]
    {
        new BatchItemSeed(1, "a@example.com", design.ToUtf8Bytes(), null),
        new BatchItemSeed(2, "b@example.com", design.ToUtf8Bytes(), null),
        new BatchItemSeed(3, "c@example.com", null, "missing headline"),
    };
    LedgerBatch batch = await ledger.OpenBatchAsync(new BatchDefinition(plan.Fingerprint, null, "consumer", seeds));
    var counts = await ledger.CountAsync(batch.BatchId);
    Console.WriteLine("ledger: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
}

Directory.Delete(folder, recursive: true);

static async IAsyncEnumerable<IReadOnlyDictionary<string, string>> Rows()
{
    await Task.Yield();
    yield return new Dictionary<string, string> { ["email"] = "a@example.com", ["name"] = "Ann", ["headline"] = "Hi Ann" };
    yield return new Dictionary<string, string> { ["email"] = "b@example.com", ["name"] = "Bob", ["headline"] = "Hi Bob" };
    yield return new Dictionary<string, string> { ["email"] = "c@example.com", ["name"] = "Cy" };
}
