using System;
using System.Threading;
using Orleans.Runtime;

namespace AiStudios.Batch.Orleans
{
    /// <summary>Which failures of a grain call are worth asking again for.</summary>
    internal static class FleetCalls
    {
        /// <summary>
        /// A call that failed because its target's silo is gone or slow (the cluster has not noticed yet, or is moving the
        /// grain): Orleans' own messaging errors and timeouts. Not a cancellation the caller asked for.
        /// </summary>
        public static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
            !(e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            && (e is OrleansException or TimeoutException or OperationCanceledException);
    }
}
