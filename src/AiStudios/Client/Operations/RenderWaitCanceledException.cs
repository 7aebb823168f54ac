using System;
using System.Threading;

namespace AiStudios
{
    /// <summary>
    /// The caller stopped waiting for a render (through its <see cref="CancellationToken"/>) after the render had
    /// started: an <see cref="OperationCanceledException"/> that keeps the <see cref="ProjectId"/>, so that a caller of
    /// <see cref="AiStudiosClient.CreateAndRenderAsync"/> does not lose the project it created (and create it again).
    /// Cancelling the wait does not cancel the render: it goes on, and may be billed. Wait for it again with
    /// <see cref="AiStudiosClient.WaitForRenderAsync"/>(<see cref="ProjectId"/>).
    /// </summary>
    public sealed class RenderWaitCanceledException : OperationCanceledException
    {
        /// <summary>Creates the exception, e.g. for a test double of the client.</summary>
        /// <param name="projectId">The project being rendered.</param>
        /// <param name="lastProgress">The last progress read, or null.</param>
        /// <param name="cancellationToken">The caller's token that was cancelled.</param>
        /// <param name="innerException">The cancellation as it surfaced, if any.</param>
        public RenderWaitCanceledException(string projectId, RenderProgress? lastProgress, CancellationToken cancellationToken, Exception? innerException = null)
            : base(FormatMessage(projectId, lastProgress), innerException, cancellationToken)
        {
            ProjectId = projectId ?? throw new ArgumentNullException(nameof(projectId));
            LastProgress = lastProgress;
        }

        /// <summary>The project whose render goes on: pass it to <see cref="AiStudiosClient.WaitForRenderAsync"/> to wait again.</summary>
        public string ProjectId { get; }

        /// <summary>What the last poll read before the wait stopped; null when none was made.</summary>
        public RenderProgress? LastProgress { get; }

        private static string FormatMessage(string projectId, RenderProgress? last) =>
            $"Stopped waiting for the render of project {projectId} ({(last is null ? "before the first progress reading" : "at " + last)}). "
            + $"The render goes on and may be billed; do not create the project again: wait for it with WaitForRenderAsync(\"{projectId}\").";
    }
}
