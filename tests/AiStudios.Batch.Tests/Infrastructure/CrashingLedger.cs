using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Tests.Infrastructure;

/// <summary>Thrown where the simulated process dies.</summary>
public sealed class SimulatedCrash : Exception
{
    public SimulatedCrash(string where)
        : base("Simulated crash " + where)
    {
    }
}

/// <summary>
/// A ledger that "dies" at a chosen save: before it is committed, or right after. From then on every call fails, as
/// nothing more reaches the disk of a dead process; the file keeps exactly what was committed before.
/// </summary>
public sealed class CrashingLedger : IBatchLedger
{
    private readonly IBatchLedger _inner;
    private readonly Func<BatchItem, bool> _at;
    private readonly bool _afterCommit;
    private int _dead;

    public CrashingLedger(IBatchLedger inner, Func<BatchItem, bool> at, bool afterCommit)
    {
        _inner = inner;
        _at = at;
        _afterCommit = afterCommit;
    }

    public bool Crashed => Volatile.Read(ref _dead) == 1;

    public Task<LedgerBatch> OpenBatchAsync(BatchDefinition definition, CancellationToken cancellationToken = default) => Alive(() => _inner.OpenBatchAsync(definition, cancellationToken));

    public Task<IReadOnlyList<BatchItem>> GetItemsAsync(string batchId, IReadOnlyCollection<BatchItemState> states, long afterNumber, int limit, CancellationToken cancellationToken = default) =>
        Alive(() => _inner.GetItemsAsync(batchId, states, afterNumber, limit, cancellationToken));

    public Task<byte[]> GetPayloadAsync(string batchId, long number, CancellationToken cancellationToken = default) => Alive(() => _inner.GetPayloadAsync(batchId, number, cancellationToken));

    public Task<IReadOnlyDictionary<BatchItemState, int>> CountAsync(string batchId, CancellationToken cancellationToken = default) => Alive(() => _inner.CountAsync(batchId, cancellationToken));

    public async Task SaveAsync(BatchItem item, CancellationToken cancellationToken = default)
    {
        if (Crashed)
        {
            throw new SimulatedCrash("(already dead)");
        }

        if (_at(item))
        {
            if (_afterCommit)
            {
                await _inner.SaveAsync(item, cancellationToken);
            }

            Interlocked.Exchange(ref _dead, 1);
            throw new SimulatedCrash($"{(_afterCommit ? "after" : "before")} committing item {item.Number} as {item.State}");
        }

        await _inner.SaveAsync(item, cancellationToken);
    }

    public ValueTask DisposeAsync() => _inner.DisposeAsync();

    private Task<T> Alive<T>(Func<Task<T>> call) => Crashed ? throw new SimulatedCrash("(already dead)") : call();
}
