using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Completion
{
    /// <summary>
    /// Tells when a created item's render ends: by polling (<see cref="PollingCompletionSource"/>, the default) or by
    /// webhooks fed into <see cref="WebhookCompletionSource"/>. A fleet can route completions to the item's worker.
    /// </summary>
    public interface IRenderCompletionSource
    {
        /// <summary>Waits for the render of <paramref name="item"/> (in <c>Sent</c> or <c>Rendering</c>) to end.</summary>
        /// <param name="item">The item; its project id is set.</param>
        /// <param name="progress">Told each new progress reading (0 to 100).</param>
        /// <param name="cancellationToken">Stops waiting (the render goes on).</param>
        /// <returns>How it ended, or that it could not be followed to its end.</returns>
        Task<RenderCompletion> WaitAsync(BatchItem item, IProgress<double> progress, CancellationToken cancellationToken);
    }

    /// <summary>How following a render ended.</summary>
    public enum RenderCompletionKind
    {
        /// <summary>Rendered: the download URL is known.</summary>
        Succeeded,

        /// <summary>The service reports the render as failed.</summary>
        Failed,

        /// <summary>Not followed to its end (timed out, stalled, polling failed): the render may still finish; a later run follows it again.</summary>
        Unfinished,
    }

    /// <summary>The end of a render, as seen.</summary>
    /// <param name="Kind">How it ended.</param>
    /// <param name="DownloadUrl">The video, when it succeeded.</param>
    /// <param name="Reason">Why it failed or is unfinished.</param>
    public sealed record RenderCompletion(RenderCompletionKind Kind, string? DownloadUrl, string? Reason)
    {
        /// <summary>A finished render.</summary>
        /// <param name="downloadUrl">The video.</param>
        /// <returns>The completion.</returns>
        public static RenderCompletion Succeeded(string downloadUrl) => new RenderCompletion(RenderCompletionKind.Succeeded, downloadUrl, null);

        /// <summary>A failed render.</summary>
        /// <param name="reason">Why.</param>
        /// <returns>The completion.</returns>
        public static RenderCompletion Failed(string reason) => new RenderCompletion(RenderCompletionKind.Failed, null, reason);

        /// <summary>A render not followed to its end.</summary>
        /// <param name="reason">Why.</param>
        /// <returns>The completion.</returns>
        public static RenderCompletion Unfinished(string reason) => new RenderCompletion(RenderCompletionKind.Unfinished, null, reason);
    }
}
