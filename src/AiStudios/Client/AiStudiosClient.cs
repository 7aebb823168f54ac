using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Auth;
using AiStudios.Client.Http;
using AiStudios.Client.Models;
using AiStudios.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiStudios
{
    /// <summary>
    /// The client of the AI Studios V3 API: every documented call, each with a <see cref="CancellationToken"/>, over
    /// one <see cref="HttpClient"/>. Thread-safe; create one per application (or let
    /// <c>services.AddAiStudios(...)</c> register it) and share it, so that all calls share one cached token.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Tokens: requested with <c>POST /auth/token</c> on the first call, cached until shortly before they expire
    /// (the JWT's <c>exp</c>, or 24 hours after issue), refreshed in the background ahead of expiry; concurrent
    /// callers share one request. A 401 makes the client fetch a new token and try the call once more.
    /// </para>
    /// <para>
    /// Retries: see <see cref="AiStudiosRetryOptions"/>. Reading calls and deletes are retried on transient
    /// failures. Calls that start a billable render (create with export, edit-and-export, export, simple video) are
    /// sent again only when the service provably did not act on them; see <see cref="CreateProjectAsync"/>.
    /// </para>
    /// <para>
    /// Failures: one exception type, <see cref="AiStudiosException"/>. The user key and tokens never appear in
    /// exceptions, logs or <see cref="ToString"/>.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// using var client = new AiStudiosClient(new AiStudiosClientOptions { AppId = appId, UserKey = userKey });
    /// Project video = Video.Landscape().Scene(s => s.Avatar("M000045058").Script("Hello")).Build();
    /// RenderResult result = await client.CreateAndRenderAsync(video, progress: new Progress&lt;RenderProgress&gt;(p => Console.WriteLine(p)));
    /// await result.DownloadToFileAsync("hello.mp4");
    /// </code>
    /// </example>
    public class AiStudiosClient : IDisposable
    {
        private readonly HttpPipeline _pipeline = null!;
        private readonly HttpClient? _ownedHttpClient;
        private readonly CancellationTokenSource _lifetime = new CancellationTokenSource();
        private readonly ILogger _logger = NullLogger.Instance;
        private readonly string? _description;
        private int _disposed;

        /// <summary>For test doubles (mocks) only: a client that is not connected to anything.</summary>
        protected AiStudiosClient()
        {
        }

        /// <summary>A client of the global service, authenticated with an API key.</summary>
        /// <param name="appId">The public half of the API key.</param>
        /// <param name="userKey">The secret half of the API key.</param>
        /// <exception cref="ArgumentException">A key half is missing or still a placeholder from the samples.</exception>
        public AiStudiosClient(string appId, string userKey)
            : this(new AiStudiosClientOptions { AppId = appId, UserKey = userKey })
        {
        }

        /// <summary>A client with its own <see cref="HttpClient"/>, disposed with it.</summary>
        /// <param name="options">Where the service is and how to authenticate.</param>
        /// <param name="logger">Receives the client's log messages (secrets are never logged); null for none.</param>
        /// <exception cref="ArgumentException">An option is missing or unusable.</exception>
        public AiStudiosClient(AiStudiosClientOptions options, ILogger? logger = null)
            : this(CreateHttpClient(), options, logger, ownsHttpClient: true)
        {
        }

        /// <summary>
        /// A client over your <see cref="HttpClient"/> (for example one from <c>IHttpClientFactory</c>), which it does
        /// not dispose. Requests use absolute URIs, so its <c>BaseAddress</c> is ignored; its own <c>Timeout</c> still
        /// applies on top of <see cref="AiStudiosClientOptions.Timeout"/>, so keep it longer (or infinite).
        /// </summary>
        /// <param name="httpClient">The HTTP client to send with.</param>
        /// <param name="options">Where the service is and how to authenticate.</param>
        /// <param name="logger">Receives the client's log messages (secrets are never logged); null for none.</param>
        /// <exception cref="ArgumentException">An option is missing or unusable.</exception>
        public AiStudiosClient(HttpClient httpClient, AiStudiosClientOptions options, ILogger? logger = null)
            : this(httpClient, options, logger, ownsHttpClient: false)
        {
        }

        private AiStudiosClient(HttpClient httpClient, AiStudiosClientOptions options, ILogger? logger, bool ownsHttpClient)
        {
            if (httpClient is null)
            {
                throw new ArgumentNullException(nameof(httpClient));
            }

            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            AiStudiosClientOptions settings;
            try
            {
                settings = options.Validated();
            }
            catch
            {
                if (ownsHttpClient)
                {
                    httpClient.Dispose();
                }

                throw;
            }

            _ownedHttpClient = ownsHttpClient ? httpClient : null;
            _logger = logger ?? NullLogger.Instance;
            var masker = new SecretMasker(settings.UserKey);
            _pipeline = new HttpPipeline(httpClient, settings.BaseAddress, settings.Timeout, new RetryStrategy(settings.Retry), masker, _logger)
            {
                DownloadTimeout = settings.DownloadTimeout,
            };
            Func<CancellationToken, Task<string>> fetch = settings.TokenProvider is { } provider
                ? TokenCache.WithTimeout(provider, settings.Timeout, masker)
                : RequestTokenFunc(settings.AppId!, settings.UserKey!);
            _pipeline.Tokens = new TokenCache(fetch, settings.TokenRefreshMargin, masker, _logger, _lifetime.Token);
            _description = $"AiStudiosClient {{ BaseAddress = {settings.BaseAddress}, AppId = {AiStudiosClientOptions.MaskAppId(settings.AppId)} }}";
        }

        /// <summary>The API base every call goes to, ending with <c>/api/odin/v3/</c> for the real hosts.</summary>
        public virtual Uri BaseAddress => _pipeline.BaseAddress;

        /// <summary>The token cache, for tests.</summary>
        internal TokenCache Tokens => _pipeline.Tokens!;

        /// <summary>
        /// <c>POST /editor/project</c>: creates a project and, unless <see cref="Project.IsExport"/> is false, starts
        /// rendering it. The project is validated first (<see cref="ProjectValidation.Validate(Project)"/>); if it has
        /// errors nothing is sent and an <see cref="AiStudiosException"/> with <see cref="AiStudiosErrorCodes.InvalidProject"/>
        /// lists them (warnings are logged and do not block).
        /// </summary>
        /// <remarks>
        /// A render is billable, so this call is not retried blindly. It is sent again only when the service provably
        /// did not act on it: the connection could not be made (nothing was sent), the service answered 429 (it
        /// refused to take the request), or it refused the token with 401 (the client fetches a new token first, once).
        /// After a timeout, a dropped connection, a 5xx or an unreadable answer, the service may or may not have
        /// created the project, so the client does not guess: it throws with
        /// <see cref="AiStudiosException.IsOutcomeUnknown"/> set. Look for the project with
        /// <see cref="ListProjectsAsync"/> (or in the web app) before creating it again.
        /// </remarks>
        /// <param name="project">The project; its <c>isExport</c>, <c>workspaceId</c>, <c>resolution</c> and <c>webhookUrl</c> are sent as set.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The new project's id.</returns>
        /// <exception cref="AiStudiosException">The project is invalid (nothing sent), or the call failed.</exception>
        public virtual async Task<CreatedProject> CreateProjectAsync(Project project, CancellationToken cancellationToken = default)
        {
            if (project is null)
            {
                throw new ArgumentNullException(nameof(project));
            }

            const string Endpoint = "POST /editor/project";
            ThrowIfDisposed();
            ValidationReport report = project.Validate();
            if (report.HasErrors)
            {
                List<ValidationProblem> errors = report.Errors.ToList();
                throw new AiStudiosException.Builder
                {
                    Endpoint = Endpoint,
                    ErrorCode = AiStudiosErrorCodes.InvalidProject,
                    Summary = $"The project was not sent: validation found {errors.Count} error(s). Fix them and create it again.",
                    Details = errors.Select(problem => problem.ToString()).ToList(),
                    ValidationReport = report,
                }.Build();
            }

            foreach (ValidationProblem warning in report.Warnings)
            {
                ClientLog.ValidationWarning(_logger, warning.ToString());
            }

            byte[] body;
            try
            {
                body = project.ToUtf8Bytes();
            }
            catch (Exception e) when (e is InvalidOperationException or JsonException or ArgumentException)
            {
                throw new AiStudiosException.Builder
                {
                    Endpoint = Endpoint,
                    ErrorCode = AiStudiosErrorCodes.InvalidProject,
                    Summary = "The project was not sent: it cannot be written as JSON. " + e.Message,
                    ValidationReport = report,
                }.Build(e);
            }

            bool renders = project.IsExport != false;
            var request = new ApiRequest(HttpMethod.Post, "editor/project", body, repeatable: !renders);
            return await _pipeline.SendAsync(request, data => CreatedProject.Read(data, renders), cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>GET /editor/project/{id}</c>: a project with every field the service holds.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The project and the server's fields.</returns>
        /// <exception cref="AiStudiosException">The call failed (404 when there is no such project).</exception>
        public virtual Task<FetchedProject> GetProjectAsync(string projectId, CancellationToken cancellationToken = default)
        {
            string id = CheckId(projectId, nameof(projectId));
            return SendAsync(new ApiRequest(HttpMethod.Get, "editor/project/" + Uri.EscapeDataString(id)), data => FetchedProject.Read(data, _pipeline.BaseAddress), cancellationToken);
        }

        /// <summary><c>GET /editor/project</c>: the exported projects. Paging is not documented; the client reads the one list the service returns.</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The projects.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<ProjectSummary>> ListProjectsAsync(CancellationToken cancellationToken = default) =>
            SendAsync(new ApiRequest(HttpMethod.Get, "editor/project"), data => ProjectSummary.ReadList(data, _pipeline.BaseAddress), cancellationToken);

        /// <summary><c>DELETE /editor/project</c> with <c>{"ids": [...]}</c>. Safe to repeat, so retried like a read.</summary>
        /// <param name="projectIds">The projects to delete.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns><c>deletedCount</c>: how many were deleted.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<int> DeleteProjectsAsync(IEnumerable<string> projectIds, CancellationToken cancellationToken = default)
        {
            if (projectIds is null)
            {
                throw new ArgumentNullException(nameof(projectIds));
            }

            List<string> ids = projectIds.Select(id => CheckId(id, nameof(projectIds))).ToList();
            if (ids.Count == 0)
            {
                throw new ArgumentException("Name at least one project to delete.", nameof(projectIds));
            }

            return SendAsync(
                new ApiRequest(HttpMethod.Delete, "editor/project", RequestBodies.Delete(ids)),
                data => (int)(DataReader.Number(DataReader.Object(data, "data"), "deletedCount") ?? throw new UnexpectedAnswerException("data has no \"deletedCount\".")),
                cancellationToken);
        }

        /// <summary><c>POST /editor/project/{id}</c> with <c>isExport: false</c>: changes a stored project without rendering it.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="updates">The changes.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The project's id.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> EditProjectAsync(string projectId, IEnumerable<ProjectUpdate> updates, CancellationToken cancellationToken = default) =>
            EditAsync(projectId, updates, isExport: false, null, cancellationToken);

        /// <summary>
        /// <c>POST /editor/project/{id}</c>: changes a stored project and renders it. Starts a billable render, so it is
        /// retried only like <see cref="CreateProjectAsync"/>.
        /// </summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="updates">The changes.</param>
        /// <param name="options">Workspace, resolution, webhook; null for the defaults.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The project's id; wait for the render with <see cref="WaitForRenderAsync"/>.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> EditAndExportProjectAsync(string projectId, IEnumerable<ProjectUpdate> updates, ExportOptions? options = null, CancellationToken cancellationToken = default) =>
            EditAsync(projectId, updates, isExport: true, options, cancellationToken);

        /// <summary>
        /// <c>POST /editor/project/export</c>: renders a stored project. Starts a billable render, so it is retried only
        /// like <see cref="CreateProjectAsync"/>.
        /// </summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="options">Workspace, resolution, webhook; null for the defaults.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The project's id; wait for the render with <see cref="WaitForRenderAsync"/>.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> ExportProjectAsync(string projectId, ExportOptions? options = null, CancellationToken cancellationToken = default)
        {
            string id = CheckId(projectId, nameof(projectId));
            return SendAsync(
                new ApiRequest(HttpMethod.Post, "editor/project/export", RequestBodies.Export(id, options), repeatable: false),
                data => CreatedProject.Read(data, renderStarted: true),
                cancellationToken);
        }

        /// <summary><c>GET /editor/progress/{projectId}</c>: one progress reading of a render.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The progress.</returns>
        /// <exception cref="AiStudiosException">The call failed, or the service reports the render as failed.</exception>
        public virtual Task<RenderProgress> GetProgressAsync(string projectId, CancellationToken cancellationToken = default)
        {
            string id = CheckId(projectId, nameof(projectId));
            return SendAsync(new ApiRequest(HttpMethod.Get, "editor/progress/" + Uri.EscapeDataString(id)), data => RenderProgress.Read(id, data, _pipeline.BaseAddress), cancellationToken);
        }

        /// <summary>
        /// <c>POST /simple/video</c>: one avatar speaking on a chroma-key background. Not rendered unless
        /// <see cref="SimpleVideoRequest.IsExport"/> is true; when it is, it is retried only like <see cref="CreateProjectAsync"/>.
        /// </summary>
        /// <param name="request">The avatar, clothes, language and text.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The new project's id.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> CreateSimpleVideoAsync(SimpleVideoRequest request, CancellationToken cancellationToken = default)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            CheckText(request.Language, "request.Language");
            CheckText(request.Text, "request.Text");
            CheckText(request.Model, "request.Model");
            CheckText(request.Clothes, "request.Clothes");
            bool renders = request.IsExport == true;
            return SendAsync(
                new ApiRequest(HttpMethod.Post, "simple/video", RequestBodies.SimpleVideo(request), repeatable: !renders),
                data => CreatedProject.Read(data, renders),
                cancellationToken);
        }

        /// <summary><c>GET /model</c>: the avatars and their clothes.</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The avatars.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<AvatarModelInfo>> GetAvatarModelsAsync(CancellationToken cancellationToken = default) =>
            SendAsync(new ApiRequest(HttpMethod.Get, "model"), data => AvatarModelInfo.ReadList(data, _pipeline.BaseAddress), cancellationToken);

        /// <summary><c>GET /dropdown/workspaces</c>: the workspaces a project can be created in.</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The workspaces.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<Workspace>> GetWorkspacesAsync(CancellationToken cancellationToken = default) =>
            SendAsync(new ApiRequest(HttpMethod.Get, "dropdown/workspaces"), Workspace.ReadList, cancellationToken);

        /// <summary><c>GET /auth</c>: whether the service accepts the client's token (fetching one first if needed).</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns><c>data.isAuthenticated</c>.</returns>
        /// <exception cref="AiStudiosException">The call (or the token request) failed.</exception>
        public virtual Task<bool> IsAuthenticatedAsync(CancellationToken cancellationToken = default) =>
            SendAsync(
                new ApiRequest(HttpMethod.Get, "auth"),
                data => DataReader.Boolean(DataReader.Object(data, "data"), "isAuthenticated") ?? throw new UnexpectedAnswerException("data has no \"isAuthenticated\" boolean."),
                cancellationToken);

        /// <summary>Creates a project and starts rendering it; wait for the render with the returned operation.</summary>
        /// <param name="project">The project; its <c>isExport</c> must not be false. Validated first, as by <see cref="CreateProjectAsync"/>.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The render.</returns>
        /// <exception cref="ArgumentException">The project has <c>isExport: false</c>.</exception>
        /// <exception cref="AiStudiosException">The project is invalid, or the call failed.</exception>
        public virtual async Task<RenderOperation> StartRenderAsync(Project project, CancellationToken cancellationToken = default)
        {
            if (project is null)
            {
                throw new ArgumentNullException(nameof(project));
            }

            if (project.IsExport == false)
            {
                throw new ArgumentException("The project has isExport: false, so creating it would not render it. Leave IsExport unset (or true).", nameof(project));
            }

            CreatedProject created = await CreateProjectAsync(project, cancellationToken).ConfigureAwait(false);
            return new RenderOperation(this, created.ProjectId);
        }

        /// <summary>An operation for a render started elsewhere (by an export, an edit, another process): wait for it by project id.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <returns>The render; nothing is sent until it is polled.</returns>
        public virtual RenderOperation GetRenderOperation(string projectId) => new RenderOperation(this, CheckId(projectId, nameof(projectId)));

        /// <summary>Creates a project, renders it and waits until the video is ready.</summary>
        /// <param name="project">The project; validated first, as by <see cref="CreateProjectAsync"/>.</param>
        /// <param name="options">Poll delays, overall timeout, stall timeout; null for the defaults.</param>
        /// <param name="progress">Told each new progress reading.</param>
        /// <param name="cancellationToken">Stops the call or the wait (a render already started goes on).</param>
        /// <returns>The finished render, with its download URL.</returns>
        /// <exception cref="AiStudiosException">The project is invalid, the call failed, or the render failed, stalled or timed out.</exception>
        public virtual async Task<RenderResult> CreateAndRenderAsync(Project project, RenderWaitOptions? options = null, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            RenderOperation operation = await StartRenderAsync(project, cancellationToken).ConfigureAwait(false);
            return await operation.WaitForCompletionAsync(options, progress, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Waits for the render of a project, by its id.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="options">Poll delays, overall timeout, stall timeout; null for the defaults.</param>
        /// <param name="progress">Told each new progress reading.</param>
        /// <param name="cancellationToken">Stops the wait (the render goes on).</param>
        /// <returns>The finished render, with its download URL.</returns>
        /// <exception cref="AiStudiosException">A poll failed, or the render failed, stalled or timed out.</exception>
        public virtual Task<RenderResult> WaitForRenderAsync(string projectId, RenderWaitOptions? options = null, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default) =>
            GetRenderOperation(projectId).WaitForCompletionAsync(options, progress, cancellationToken);

        /// <summary>
        /// Copies a rendered video to <paramref name="destination"/>. The token is not sent: download URLs may point to
        /// another host (a CDN), which must not receive it.
        /// </summary>
        /// <param name="downloadUrl">The video's URL; a relative one is resolved against the service's host.</param>
        /// <param name="destination">Where the bytes go; not closed.</param>
        /// <param name="cancellationToken">Stops the download.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="AiStudiosException">The download failed; what was written is incomplete.</exception>
        public virtual Task<long> DownloadAsync(Uri downloadUrl, Stream destination, CancellationToken cancellationToken = default)
        {
            if (downloadUrl is null)
            {
                throw new ArgumentNullException(nameof(downloadUrl));
            }

            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            ThrowIfDisposed();
            Uri absolute = downloadUrl.IsAbsoluteUri ? downloadUrl : new Uri(_pipeline.BaseAddress, downloadUrl);
            return _pipeline.DownloadAsync(absolute, destination, cancellationToken);
        }

        /// <summary>
        /// Saves a rendered video to a file (created or replaced). The bytes go to a temporary file in the same folder,
        /// which replaces the target only once the download is complete: a failed or cancelled download leaves an
        /// existing file as it was.
        /// </summary>
        /// <param name="downloadUrl">The video's URL.</param>
        /// <param name="path">The file's path; missing folders are created.</param>
        /// <param name="cancellationToken">Stops the download.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="AiStudiosException">The download failed.</exception>
        public virtual async Task<long> DownloadToFileAsync(Uri downloadUrl, string path, CancellationToken cancellationToken = default)
        {
            if (downloadUrl is null)
            {
                throw new ArgumentNullException(nameof(downloadUrl));
            }

            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("Name the file to save the video to.", nameof(path));
            }

            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            string full = Path.GetFullPath(path);
            string? folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            string temporary = Path.Combine(folder ?? string.Empty, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".part");
            bool complete = false;
            try
            {
                long written;
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    written = await DownloadAsync(downloadUrl, file, cancellationToken).ConfigureAwait(false);
                    await file.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }

                MoveOver(temporary, full);
                complete = true;
                return written;
            }
            finally
            {
                if (!complete)
                {
                    TryDelete(temporary);
                }
            }
        }

        private static void MoveOver(string source, string target)
        {
#if NETCOREAPP3_0_OR_GREATER
            File.Move(source, target, overwrite: true);
#else
            if (File.Exists(target))
            {
                File.Replace(source, target, null);
            }
            else
            {
                File.Move(source, target);
            }
#endif
        }

        /// <summary>The base address and a masked app id: never the user key or a token.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => _description ?? base.ToString() ?? nameof(AiStudiosClient);

        /// <summary>Releases the <see cref="HttpClient"/> the client created (not one it was given) and stops background token refreshes.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Releases resources.</summary>
        /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _lifetime.Cancel();
                _lifetime.Dispose();
                _ownedHttpClient?.Dispose();
            }
        }

        internal void LogProgress(RenderProgress progress) => ClientLog.RenderProgress(_logger, progress.ProjectId, progress.Percent, progress.State);

        private Task<T> SendAsync<T>(ApiRequest request, Func<JsonElement, T> read, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            return _pipeline.SendAsync(request, read, cancellationToken);
        }

        private Task<CreatedProject> EditAsync(string projectId, IEnumerable<ProjectUpdate> updates, bool isExport, ExportOptions? options, CancellationToken cancellationToken)
        {
            string id = CheckId(projectId, nameof(projectId));
            if (updates is null)
            {
                throw new ArgumentNullException(nameof(updates));
            }

            List<ProjectUpdate> list = updates.ToList();
            if (list.Count == 0 || list.Any(update => update is null))
            {
                throw new ArgumentException("Give at least one update, and no null ones.", nameof(updates));
            }

            return SendAsync(
                new ApiRequest(HttpMethod.Post, "editor/project/" + Uri.EscapeDataString(id), RequestBodies.Edit(list, isExport, options), repeatable: !isExport),
                data => CreatedProject.Read(data, isExport),
                cancellationToken);
        }

        private Func<CancellationToken, Task<string>> RequestTokenFunc(string appId, string userKey) => cancellationToken =>
            _pipeline.SendAsync(
                new ApiRequest(HttpMethod.Post, "auth/token", RequestBodies.Token(appId, userKey), repeatable: true, authenticated: false),
                data => DataReader.String(DataReader.Object(data, "data"), "token") is { Length: > 0 } token
                    ? token
                    : throw new UnexpectedAnswerException("data has no \"token\" string."),
                cancellationToken);

        private void ThrowIfDisposed()
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                throw new ObjectDisposedException(nameof(AiStudiosClient));
            }

            if (_pipeline is null)
            {
                throw new InvalidOperationException("This AiStudiosClient was made for a test double and is not connected to a service.");
            }
        }

        private static string CheckId(string? id, string name)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("A project id must not be empty.", name);
            }

            return id!;
        }

        private static void CheckText(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException(name + " must not be empty.", name);
            }
        }

        private static HttpClient CreateHttpClient()
        {
#if NET5_0_OR_GREATER
            // Connections are recycled so a long-lived client follows DNS changes of the service.
            var handler = new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
            };
#else
            var handler = new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate };
#endif
            // Each try has its own timeout (AiStudiosClientOptions.Timeout); HttpClient's would cut across retries.
            return new HttpClient(new BillableRequestGuard(handler), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
