using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios
{
    /// <summary>A finished render: where the video is, and how to fetch it.</summary>
    public sealed class RenderResult
    {
        private readonly AiStudiosClient? _client;

        /// <summary>Creates a result, e.g. for a test double of the client; its download methods then need a client.</summary>
        /// <param name="projectId">The project.</param>
        /// <param name="downloadUrl">The video.</param>
        /// <param name="elapsed">How long the wait took.</param>
        public RenderResult(string projectId, Uri downloadUrl, TimeSpan elapsed)
            : this(null, projectId, downloadUrl, elapsed)
        {
        }

        internal RenderResult(AiStudiosClient? client, string projectId, Uri downloadUrl, TimeSpan elapsed)
        {
            _client = client;
            ProjectId = projectId;
            DownloadUrl = downloadUrl ?? throw new ArgumentNullException(nameof(downloadUrl));
            Elapsed = elapsed;
        }

        /// <summary>The rendered project.</summary>
        public string ProjectId { get; }

        /// <summary>The video's URL (<c>downloadUrl</c>).</summary>
        public Uri DownloadUrl { get; }

        /// <summary>How long the wait took, from its start to the poll that saw the render done.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>Copies the video to <paramref name="destination"/>.</summary>
        /// <param name="destination">Where the bytes go; not closed.</param>
        /// <param name="cancellationToken">Stops the download.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="AiStudiosException">The download failed; what was written is incomplete.</exception>
        public Task<long> DownloadToAsync(Stream destination, CancellationToken cancellationToken = default) =>
            Client.DownloadAsync(DownloadUrl, destination, cancellationToken);

        /// <summary>Saves the video to a file (created or overwritten); a failed download deletes the partial file.</summary>
        /// <param name="path">The file's path.</param>
        /// <param name="cancellationToken">Stops the download.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="AiStudiosException">The download failed.</exception>
        public Task<long> DownloadToFileAsync(string path, CancellationToken cancellationToken = default) =>
            Client.DownloadToFileAsync(DownloadUrl, path, cancellationToken);

        /// <summary>The project and URL.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"RenderResult {{ ProjectId = {ProjectId}, DownloadUrl = {DownloadUrl} }}";

        private AiStudiosClient Client => _client ?? throw new InvalidOperationException("This result was not made by a client; use AiStudiosClient.DownloadAsync.");
    }
}
