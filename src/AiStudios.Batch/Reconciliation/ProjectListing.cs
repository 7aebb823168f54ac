using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Reconciliation
{
    /// <summary>The projects listed at one moment, indexed by the correlation marker at the end of their names.</summary>
    public sealed class ProjectListing
    {
        private readonly Dictionary<(string Batch, long Number), List<(int Attempt, string ProjectId)>> _byMarker;

        /// <summary>Indexes a listing.</summary>
        /// <param name="projects">The listed projects.</param>
        /// <param name="listedAt">When the listing was requested.</param>
        public ProjectListing(IEnumerable<ProjectSummary> projects, DateTimeOffset listedAt)
        {
            ListedAt = listedAt;
            _byMarker = new Dictionary<(string, long), List<(int, string)>>();
            int count = 0;
            foreach (ProjectSummary project in projects ?? throw new ArgumentNullException(nameof(projects)))
            {
                count++;
                if (CorrelationMarker.TryParse(project.Name, out string batch, out long number, out int attempt))
                {
                    if (!_byMarker.TryGetValue((batch, number), out var list))
                    {
                        _byMarker[(batch, number)] = list = new List<(int, string)>(1);
                    }

                    list.Add((attempt, project.Id));
                }
            }

            Count = count;
        }

        /// <summary>When the listing was requested.</summary>
        public DateTimeOffset ListedAt { get; }

        /// <summary>How many projects were listed.</summary>
        public int Count { get; }

        /// <summary>The projects whose names carry the marker of an item (any attempt), earliest attempt first.</summary>
        /// <param name="batchId">The batch.</param>
        /// <param name="number">The item's row number.</param>
        /// <returns>Their ids.</returns>
        public IReadOnlyList<string> Find(string batchId, long number) =>
            _byMarker.TryGetValue((batchId, number), out var list)
                ? list.OrderBy(p => p.Attempt).Select(p => p.ProjectId).ToList()
                : Array.Empty<string>();

        /// <summary>Every marker of one batch listed more than once: (row number, project ids).</summary>
        /// <param name="batchId">The batch.</param>
        /// <returns>The duplicates.</returns>
        public IReadOnlyList<(long Number, IReadOnlyList<string> ProjectIds)> Duplicates(string batchId) =>
            _byMarker.Where(p => p.Key.Batch == batchId && p.Value.Count > 1)
                .Select(p => (p.Key.Number, (IReadOnlyList<string>)p.Value.Select(v => v.ProjectId).ToList()))
                .ToList();
    }

    /// <summary>Where listings come from; the default lists with <c>GET /editor/project</c>. Replace it to list elsewhere (a cache shared by a fleet).</summary>
    public interface IProjectLookup
    {
        /// <summary>Lists the projects, at least as of <paramref name="notBefore"/>: a listing requested earlier may not show a create that followed it.</summary>
        /// <param name="notBefore">The listing must have been requested at or after this time.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The listing.</returns>
        Task<ProjectListing> ListAsync(DateTimeOffset notBefore, CancellationToken cancellationToken);
    }

    /// <summary>
    /// Lists with <see cref="AiStudiosClient.ListProjectsAsync"/>, one call at a time: callers that need a listing
    /// while one is on its way, and whose <c>notBefore</c> it satisfies, share it (a thousand unknown outcomes cost
    /// one call, not a thousand).
    /// </summary>
    public sealed class ClientProjectLookup : IProjectLookup
    {
        private readonly AiStudiosClient _client;
        private readonly TimeProvider _time;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private ProjectListing? _last;

        /// <summary>Creates the lookup.</summary>
        /// <param name="client">The client.</param>
        /// <param name="time">The clock; default: the system's.</param>
        public ClientProjectLookup(AiStudiosClient client, TimeProvider? time = null)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _time = time ?? TimeProvider.System;
        }

        /// <summary>How many listing calls were made.</summary>
        public int Calls { get; private set; }

        /// <inheritdoc />
        public async Task<ProjectListing> ListAsync(DateTimeOffset notBefore, CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _last) is { } cached && cached.ListedAt >= notBefore)
            {
                return cached;
            }

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_last is { } fresh && fresh.ListedAt >= notBefore)
                {
                    return fresh;
                }

                DateTimeOffset requestedAt = _time.GetUtcNow();
                IReadOnlyList<ProjectSummary> projects = await _client.ListProjectsAsync(cancellationToken).ConfigureAwait(false);
                Calls++;
                var listing = new ProjectListing(projects, requestedAt);
                Volatile.Write(ref _last, listing);
                return listing;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
