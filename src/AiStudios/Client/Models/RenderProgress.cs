using System;
using System.Globalization;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>One reading of <c>GET /editor/progress/{projectId}</c>.</summary>
    public sealed class RenderProgress
    {
        /// <summary>Creates a reading, e.g. for a test double of the client.</summary>
        /// <param name="projectId">The project.</param>
        /// <param name="percent">Progress, 0 to 100.</param>
        /// <param name="state">The state the service reported, if any.</param>
        /// <param name="downloadUrl">Where the video is, once done.</param>
        public RenderProgress(string projectId, double percent, string? state = null, Uri? downloadUrl = null)
        {
            ProjectId = projectId;
            Percent = percent;
            State = state;
            DownloadUrl = downloadUrl;
        }

        /// <summary>The project being rendered.</summary>
        public string ProjectId { get; }

        /// <summary>Progress from 0 to 100 (<c>data.progress</c>).</summary>
        public double Percent { get; }

        /// <summary>The state, when the service reports one (<c>exporting</c>, <c>exported</c>, ...); not documented upstream.</summary>
        public string? State { get; }

        /// <summary>The rendered video (<c>data.downloadUrl</c>), once the render is done.</summary>
        public Uri? DownloadUrl { get; }

        /// <summary>Done, as the official samples decide it: progress reached 100 and a download URL is known.</summary>
        public bool IsCompleted => Percent >= 100 && DownloadUrl is not null;

        /// <summary>Whether the service reports the render as failed (state <c>failed</c> or <c>error</c>).</summary>
        public bool IsFailed => State is not null
            && (State.Equals("failed", StringComparison.OrdinalIgnoreCase) || State.Equals("error", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Where the render is, from this reading alone: <see cref="RenderPhase.Failed"/> or
        /// <see cref="RenderPhase.Completed"/> as above, <see cref="RenderPhase.Queued"/> at progress 0 (the service shows
        /// a render waiting in its queue no other way), otherwise <see cref="RenderPhase.Rendering"/>.
        /// </summary>
        public RenderPhase Phase =>
            IsFailed ? RenderPhase.Failed
            : IsCompleted ? RenderPhase.Completed
            : Percent <= 0 ? RenderPhase.Queued
            : RenderPhase.Rendering;

        /// <summary>Progress as people read it: <c>45 % (exporting)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            Percent.ToString("0.##", CultureInfo.InvariantCulture) + " %" + (State is null ? string.Empty : " (" + Client.Checks.EchoText.Cap(State) + ")");

        internal static RenderProgress Read(string projectId, JsonElement data, Uri baseAddress)
        {
            JsonElement obj = DataReader.Object(data, "data");
            double percent = DataReader.Number(obj, "progress")
                ?? throw new Client.Http.UnexpectedAnswerException("data has no numeric \"progress\".");
            if (double.IsNaN(percent) || double.IsInfinity(percent))
            {
                throw new Client.Http.UnexpectedAnswerException("data.progress is not a finite number.");
            }

            return new RenderProgress(
                projectId,
                Math.Max(0, Math.Min(100, percent)),
                DataReader.String(obj, "state"),
                DataReader.Url(obj, "downloadUrl", baseAddress) ?? DataReader.Url(obj, "download_url", baseAddress));
        }
    }
}
