using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Client.Http
{
    /// <summary>Waits for a shared task with a caller's cancellation, leaving the task itself running.</summary>
    internal static class TaskWait
    {
        public static async Task<T> WithCancellation<T>(Task<T> task, CancellationToken cancellationToken)
        {
#if NET6_0_OR_GREATER
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
#else
            if (task.IsCompleted || !cancellationToken.CanBeCanceled)
            {
                return await task.ConfigureAwait(false);
            }

            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
            {
                if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            return await task.ConfigureAwait(false);
#endif
        }
    }
}
