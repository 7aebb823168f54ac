using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Completion;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Orleans.Items
{
    /// <summary>
    /// An item grain's <see cref="WebhookCompletionSource"/>, with one addition: a final notice that arrives while the
    /// item is not waiting yet (the call woke the grain on another silo after its first one died, or came between two
    /// works) is kept and handed over as soon as it waits, instead of being lost until the fallback poll.
    /// </summary>
    internal sealed class BufferedWebhookCompletion : IRenderCompletionSource
    {
        private readonly WebhookCompletionSource _inner;
        private WebhookNotice? _early;

        public BufferedWebhookCompletion(WebhookCompletionSource inner)
        {
            _inner = inner;
        }

        /// <summary>Hands a notice to the waiting item, or keeps a final one for later.</summary>
        /// <returns>Whether the item was waiting.</returns>
        public bool Deliver(string batchId, long number, WebhookNotice notice)
        {
            if (Pass(batchId, number, notice))
            {
                return true;
            }

            if (!notice.IsFinal)
            {
                return false;
            }

            Volatile.Write(ref _early, notice);

            // The item may have started waiting between the two looks: hand it over now (a second delivery is harmless).
            if (Pass(batchId, number, notice))
            {
                Interlocked.CompareExchange(ref _early, null, notice);
                return true;
            }

            return false;
        }

        public Task<RenderCompletion> WaitAsync(BatchItem item, IProgress<double> progress, CancellationToken cancellationToken)
        {
            // WebhookCompletionSource registers the waiter before its first await, so a notice passed after this call lands.
            Task<RenderCompletion> waiting = _inner.WaitAsync(item, progress, cancellationToken);
            if (Interlocked.Exchange(ref _early, null) is { } early)
            {
                Pass(item.BatchId, item.Number, early);
            }

            return waiting;
        }

        private bool Pass(string batchId, long number, WebhookNotice notice) =>
            _inner.Deliver(batchId, number, notice.Progress, notice.DownloadUrl, notice.Failure);
    }
}
