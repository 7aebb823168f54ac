using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Tests.Ledger;

public sealed class LedgerTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("aistudios-ledger-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name = "batch.db") => Path.Combine(_folder, name);

    private static BatchDefinition Definition(string fingerprint = "f1", string? id = null, bool allowBesideOthers = false) =>
        new(fingerprint, id, "test", new[]
        {
            new BatchItemSeed(1, "a", new byte[] { 1, 2, 3 }, null),
            new BatchItemSeed(2, "b", new byte[] { 4 }, null),
            new BatchItemSeed(3, "c", null, "invalid row"),
        }, allowBesideOthers);

    public static IEnumerable<object[]> Kinds() => new[] { new object[] { "sqlite" }, new object[] { "memory" } };

    private async Task<IBatchLedger> Open(string kind) =>
        kind == "sqlite" ? await SqliteBatchLedger.OpenAsync(File()) : new InMemoryBatchLedger();

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_batch_is_created_once_with_its_items_and_skipped_rows(string kind)
    {
        await using IBatchLedger ledger = await Open(kind);
        LedgerBatch batch = await ledger.OpenBatchAsync(Definition());
        LedgerBatch again = await ledger.OpenBatchAsync(Definition());

        Assert.False(batch.Resumed);
        Assert.True(again.Resumed);
        Assert.Equal(batch.BatchId, again.BatchId);
        var counts = await ledger.CountAsync(batch.BatchId);
        Assert.Equal(2, counts[BatchItemState.Pending]);
        Assert.Equal(1, counts[BatchItemState.Skipped]);
        Assert.Equal(new byte[] { 1, 2, 3 }, await ledger.GetPayloadAsync(batch.BatchId, 1));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Saved_versions_are_read_back_field_by_field_and_paged_by_number(string kind)
    {
        await using IBatchLedger ledger = await Open(kind);
        string id = (await ledger.OpenBatchAsync(Definition())).BatchId;
        var pending = await ledger.GetItemsAsync(id, new[] { BatchItemState.Pending }, 0, 10);
        var sending = BatchItemTransitions.BeginSend(pending[0], T0);
        var rendering = BatchItemTransitions.Progressed(BatchItemTransitions.Created(sending, "p1", T0.AddSeconds(1)), 37.5, T0.AddSeconds(2));
        await ledger.SaveAsync(rendering);

        var read = Assert.Single(await ledger.GetItemsAsync(id, new[] { BatchItemState.Rendering }, 0, 10));
        Assert.Equal(rendering, read);
        Assert.Equal(2, Assert.Single(await ledger.GetItemsAsync(id, new[] { BatchItemState.Pending, BatchItemState.Skipped }, 1, 1)).Number);
    }

    [Fact]
    public async Task A_commit_survives_closing_and_reopening_the_file()
    {
        string id;
        await using (var ledger = await SqliteBatchLedger.OpenAsync(File()))
        {
            id = (await ledger.OpenBatchAsync(Definition())).BatchId;
            var item = (await ledger.GetItemsAsync(id, new[] { BatchItemState.Pending }, 0, 1))[0];
            await ledger.SaveAsync(BatchItemTransitions.BeginSend(item, T0));
        }

        await using (var reopened = await SqliteBatchLedger.OpenAsync(File()))
        {
            LedgerBatch batch = await reopened.OpenBatchAsync(Definition());
            Assert.True(batch.Resumed);
            var sending = Assert.Single(await reopened.GetItemsAsync(id, new[] { BatchItemState.Sending }, 0, 10));
            Assert.Equal((1, T0, "[b:" + id + ":1]"), (sending.Attempts, sending.SendingSince!.Value, sending.Marker));
        }
    }

    [Fact]
    public async Task Concurrent_saves_share_commits_and_each_is_on_disk_when_its_task_completes()
    {
        var seeds = Enumerable.Range(1, 200).Select(i => new BatchItemSeed(i, "k" + i, new byte[] { 1 }, null)).ToList();
        string id;
        await using (var ledger = await SqliteBatchLedger.OpenAsync(File()))
        {
            id = (await ledger.OpenBatchAsync(new BatchDefinition("many", null, "test", seeds))).BatchId;
            var items = await ledger.GetItemsAsync(id, new[] { BatchItemState.Pending }, 0, 500);
            await Task.WhenAll(items.Select(item => Task.Run(() => ledger.SaveAsync(BatchItemTransitions.BeginSend(item, T0)))));

            Assert.InRange(ledger.Commits, 1, 199);
        }

        await using var reopened = await SqliteBatchLedger.OpenAsync(File());
        Assert.Equal(200, (await reopened.CountAsync(id))[BatchItemState.Sending]);
    }

    [Fact]
    public async Task A_save_of_an_item_the_ledger_lacks_fails_alone()
    {
        await using var ledger = await SqliteBatchLedger.OpenAsync(File());
        string id = (await ledger.OpenBatchAsync(Definition())).BatchId;
        var item = (await ledger.GetItemsAsync(id, new[] { BatchItemState.Pending }, 0, 1))[0];

        var stranger = ledger.SaveAsync(item with { Number = 99 });
        var fine = ledger.SaveAsync(BatchItemTransitions.BeginSend(item, T0));

        var e = await Assert.ThrowsAsync<BatchLedgerException>(() => stranger);
        Assert.Contains("Item 99", e.Message);
        await fine;
        Assert.Equal(1, (await ledger.CountAsync(id))[BatchItemState.Sending]);
    }

    [Fact]
    public async Task A_second_process_cannot_open_a_ledger_in_use()
    {
        await using var first = await SqliteBatchLedger.OpenAsync(File());

        var e = await Assert.ThrowsAsync<BatchLedgerException>(() => SqliteBatchLedger.OpenAsync(File()));
        Assert.Contains("in use by another process", e.Message);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Changed_data_is_refused_rather_than_taken_for_a_new_batch(string kind)
    {
        await using IBatchLedger ledger = await Open(kind);
        string id = (await ledger.OpenBatchAsync(Definition("f1"))).BatchId;

        var changed = await Assert.ThrowsAsync<BatchLedgerException>(() => ledger.OpenBatchAsync(Definition("f2")));
        Assert.Contains("none planned from these files", changed.Message);
        var sameId = await Assert.ThrowsAsync<BatchLedgerException>(() => ledger.OpenBatchAsync(Definition("f2", id)));
        Assert.Contains("planned from other data", sameId.Message);
        LedgerBatch shared = await ledger.OpenBatchAsync(Definition("f2", allowBesideOthers: true));
        Assert.NotEqual(id, shared.BatchId);
    }

    [Fact]
    public async Task A_file_that_is_not_a_ledger_is_refused_with_its_name()
    {
        await System.IO.File.WriteAllTextAsync(File("notes.db"), "this is not SQLite, just text that is long enough to be read as a header......");

        var e = await Assert.ThrowsAsync<BatchLedgerException>(() => SqliteBatchLedger.OpenAsync(File("notes.db")));
        Assert.Contains("notes.db cannot be used", e.Message);
    }
}
