using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Auth;
using AiStudios.Client.Checks;
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
    /// exceptions, logs or <see cref="ToString"/>; text from the service is capped and escaped before it does.
    /// </para>
    /// <para>
    /// Project ids become path segments, so an id that could point a call at another endpoint is refused with an
    /// <see cref="ArgumentException"/> before anything is sent: empty, <c>.</c> or <c>..</c>, holding <c>/</c>,
    /// <c>\</c>, <c>?</c>, <c>#</c> or a control character, any of these percent-encoded (once or more), or longer
    /// than 1,024 characters. An answer of the service carrying such an id is refused as
    /// <see cref="AiStudiosErrorCodes.InvalidResponse"/>.
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
    public partial class AiStudiosClient : IDisposable
    {
        // Null only in a test double made with the protected constructor.
        private readonly ApiCaller _api = null!;
        private readonly VideoDownloader _downloads = null!;
        private readonly TokenCache _tokens = null!;
        private readonly Client.Avatars.AccountAvatarCache _accountAvatars = null!;
        private readonly Uri _baseAddress = null!;
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
            _baseAddress = settings.BaseAddress;

            // Built bottom-up, each part immutable: the token request goes through a caller without tokens, every
            // other call through one with the cache that request fills.
            var masker = new SecretMasker(settings.UserKey);
            var transport = new HttpTransport(httpClient, settings.Timeout);
            var classifier = new FailureClassifier(_baseAddress, settings.Timeout, masker);
            var retry = new RetryLoop(new RetryStrategy(settings.Retry), _logger);
            Func<CancellationToken, Task<string>> fetch;
            TokenSource source;
            if (settings.TokenProvider is { } provider)
            {
                fetch = TokenCache.WithTimeout(provider, settings.Timeout, masker);
                source = TokenSource.Provider;
            }
            else
            {
                var anonymous = new ApiCaller(new AuthorizedSender(_baseAddress, transport, null, _logger), retry, classifier, masker, _logger);
                fetch = RequestTokenFunc(anonymous, settings.AppId!, settings.UserKey!);
                source = TokenSource.Service;
            }

            _tokens = new TokenCache(fetch, settings.TokenRefreshMargin, masker, _logger, _lifetime.Token, source: source);
            _api = new ApiCaller(new AuthorizedSender(_baseAddress, transport, _tokens, _logger), retry, classifier, masker, _logger);
            _downloads = new VideoDownloader(_baseAddress, transport, retry, classifier, masker, settings.DownloadTimeout, _logger);
            _accountAvatars = new Client.Avatars.AccountAvatarCache(FetchAccountAvatarsAsync, _lifetime.Token);
            _description = $"AiStudiosClient {{ BaseAddress = {settings.BaseAddress}, AppId = {AiStudiosClientOptions.MaskAppId(settings.AppId)} }}";
        }

        /// <summary>The API base every call goes to, ending with <c>/api/odin/v3/</c> for the real hosts.</summary>
        public virtual Uri BaseAddress => _baseAddress;

        /// <summary>The token cache, for tests.</summary>
        internal TokenCache Tokens => _tokens;

        /// <summary>
        /// <c>POST /editor/project</c>: creates a project and, unless <see cref="Project.IsExport"/> is false, starts
        /// rendering it. The project is validated first (<see cref="ProjectValidation.Validate(Project)"/>); if it has
        /// errors nothing is sent and an <see cref="AiStudiosException"/> with <see cref="AiStudiosErrorCodes.InvalidProject"/>
        /// lists them (warnings are logged and do not block). Avatars that no compiled catalog knows in their clothes
        /// (<see cref="AvatarCatalog.Default"/>) are then looked up in the account (<see cref="GetAvatarsAsync"/> and
        /// <see cref="GetAvatarModelsAsync"/>, fetched once per client and kept 10 minutes): what the account has passes;
        /// an avatar id it lacks, or clothes it lists for that avatar without these, is refused before the project is
        /// sent, with <see cref="AiStudiosErrorCodes.UnknownAvatar"/> and the closest ids the account has. Only the
        /// project's avatar clips are checked (scripts must name one of them, AIS0007).
        /// </summary>
        /// <remarks>
        /// A render is billable, and even a draft (<c>isExport: false</c>) is a new project that
        /// <c>GET /editor/project</c> does not list, so this call is not retried blindly. It is sent again only when
        /// the service provably did not act on it: the connection could not be made (nothing was sent), the service
        /// answered 429 (it refused to take the request), or it refused the token with 401 (the client fetches a new
        /// token first, once). After a timeout, a dropped connection, a 5xx or an unreadable answer, the service may or
        /// may not have created the project, so the client does not guess: it throws with
        /// <see cref="AiStudiosException.IsOutcomeUnknown"/> set. So does cancelling through
        /// <paramref name="cancellationToken"/> once the request was sent (<see cref="AiStudiosErrorCodes.Canceled"/>,
        /// with the <see cref="OperationCanceledException"/> as inner exception). Look for the project with
        /// <see cref="ListProjectsAsync"/> (drafts: in the web app) before creating it again.
        /// </remarks>
        /// <param name="project">The project; its <c>isExport</c>, <c>workspaceId</c>, <c>resolution</c> and <c>webhookUrl</c> are sent as set.</param>
        /// <param name="cancellationToken">Stops the call; once the request was sent, as an <see cref="AiStudiosException"/> whose outcome is unknown.</param>
        /// <returns>The new project's id.</returns>
        /// <exception cref="AiStudiosException">The project is invalid or names an avatar the account lacks (nothing sent), the call failed, or it was cancelled after it was sent.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before anything was sent.</exception>
        public virtual async Task<CreatedProject> CreateProjectAsync(Project project, CancellationToken cancellationToken = default)
        {
            if (project is null)
            {
                throw new ArgumentNullException(nameof(project));
            }

            const string Endpoint = "POST /editor/project";
            ThrowIfDisposed();
            // An avatar id no catalog lists (AIS0011) is a warning the account decides below; it is an error, and
            // blocks here without asking the account, only when the catalog is declared complete.
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

            await CheckAccountAvatarsAsync(project, report, Endpoint, cancellationToken).ConfigureAwait(false);
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
            var request = ApiRequest.Post("editor/project", body, renders ? CallKind.StartsRender : CallKind.CreatesProject);
            return await _api.CallAsync(request, data => CreatedProject.Read(data, renders), cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>GET /editor/project/{id}</c>: a project with every field the service holds.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The project and the server's fields.</returns>
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint (see the remarks of <see cref="AiStudiosClient"/>).</exception>
        /// <exception cref="AiStudiosException">The call failed (404 when there is no such project).</exception>
        public virtual Task<FetchedProject> GetProjectAsync(string projectId, CancellationToken cancellationToken = default)
        {
            string id = ProjectIds.CheckArgument(projectId, nameof(projectId));
            return SendAsync(ApiRequest.Get("editor/project/" + ProjectIds.ToPathSegment(id)), data => FetchedProject.Read(data, _baseAddress), cancellationToken);
        }

        /// <summary><c>GET /editor/project</c>: the exported projects. Paging is not documented; the client reads the one list the service returns.</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The projects.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<ProjectSummary>> ListProjectsAsync(CancellationToken cancellationToken = default) =>
            SendAsync(ApiRequest.Get("editor/project"), data => ProjectSummary.ReadList(data, _baseAddress), cancellationToken);

        /// <summary><c>DELETE /editor/project</c> with <c>{"ids": [...]}</c>. Safe to repeat, so retried like a read.</summary>
        /// <param name="projectIds">The projects to delete.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns><c>deletedCount</c>: how many were deleted.</returns>
        /// <exception cref="ArgumentException">No id, or an id is empty or unsafe (see the remarks of <see cref="AiStudiosClient"/>).</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<int> DeleteProjectsAsync(IEnumerable<string> projectIds, CancellationToken cancellationToken = default)
        {
            if (projectIds is null)
            {
                throw new ArgumentNullException(nameof(projectIds));
            }

            List<string> ids = projectIds.Select(id => ProjectIds.CheckArgument(id, nameof(projectIds))).ToList();
            if (ids.Count == 0)
            {
                throw new ArgumentException("Name at least one project to delete.", nameof(projectIds));
            }

            return SendAsync(
                ApiRequest.Delete("editor/project", RequestBodies.Delete(ids)),
                data => (int)(DataReader.Number(DataReader.Object(data, "data"), "deletedCount") ?? throw new UnexpectedAnswerException("data has no \"deletedCount\".")),
                cancellationToken);
        }

        /// <summary><c>POST /editor/project/{id}</c> with <c>isExport: false</c>: changes a stored project without rendering it.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="updates">The changes.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The project's id.</returns>
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint (see the remarks of <see cref="AiStudiosClient"/>).</exception>
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
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint (see the remarks of <see cref="AiStudiosClient"/>).</exception>
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
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint (see the remarks of <see cref="AiStudiosClient"/>).</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> ExportProjectAsync(string projectId, ExportOptions? options = null, CancellationToken cancellationToken = default)
        {
            string id = ProjectIds.CheckArgument(projectId, nameof(projectId));
            return SendAsync(
                ApiRequest.Post("editor/project/export", RequestBodies.Export(id, options), CallKind.StartsRender),
                data => CreatedProject.Read(data, renderStarted: true),
                cancellationToken);
        }

        /// <summary><c>GET /editor/progress/{projectId}</c>: one progress reading of a render.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The progress.</returns>
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint (see the remarks of <see cref="AiStudiosClient"/>).</exception>
        /// <exception cref="AiStudiosException">The call failed, or the service reports the render as failed.</exception>
        public virtual Task<RenderProgress> GetProgressAsync(string projectId, CancellationToken cancellationToken = default)
        {
            string id = ProjectIds.CheckArgument(projectId, nameof(projectId));
            return SendAsync(ApiRequest.Get("editor/progress/" + ProjectIds.ToPathSegment(id)), data => RenderProgress.Read(id, data, _baseAddress), cancellationToken);
        }

        /// <summary>
        /// <c>POST /simple/video</c>: one avatar speaking on a chroma-key background. Not rendered unless
        /// <see cref="SimpleVideoRequest.IsExport"/> is true. Either way it creates a project, so it is retried only like
        /// <see cref="CreateProjectAsync"/>.
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
                ApiRequest.Post("simple/video", RequestBodies.SimpleVideo(request), renders ? CallKind.StartsRender : CallKind.CreatesProject),
                data => CreatedProject.Read(data, renders),
                cancellationToken);
        }

        /// <summary><c>GET /model</c>: the avatars and their clothes.</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The avatars.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<AvatarModelInfo>> GetAvatarModelsAsync(CancellationToken cancellationToken = default) =>
            SendAsync(ApiRequest.Get("model"), data => AvatarModelInfo.ReadList(data, _baseAddress), cancellationToken);

        /// <summary><c>GET /dropdown/workspaces</c>: the workspaces a project can be created in.</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The workspaces.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<Workspace>> GetWorkspacesAsync(CancellationToken cancellationToken = default) =>
            SendAsync(ApiRequest.Get("dropdown/workspaces"), Workspace.ReadList, cancellationToken);

        /// <summary><c>GET /auth</c>: whether the service accepts the client's token (fetching one first if needed).</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns><c>data.isAuthenticated</c>.</returns>
        /// <exception cref="AiStudiosException">The call (or the token request) failed.</exception>
        public virtual Task<bool> IsAuthenticatedAsync(CancellationToken cancellationToken = default) =>
            SendAsync(
                ApiRequest.Get("auth"),
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
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint (see the remarks of <see cref="AiStudiosClient"/>).</exception>
        public virtual RenderOperation GetRenderOperation(string projectId) => new RenderOperation(this, ProjectIds.CheckArgument(projectId, nameof(projectId)));

        /// <summary>Creates a project, renders it and waits until the video is ready.</summary>
        /// <param name="project">The project; validated first, as by <see cref="CreateProjectAsync"/>.</param>
        /// <param name="options">Poll delays, overall, queue and stall timeouts; null for the defaults.</param>
        /// <param name="progress">Told each new progress reading.</param>
        /// <param name="cancellationToken">Stops the call or the wait (a render already started goes on).</param>
        /// <returns>The finished render, with its download URL.</returns>
        /// <exception cref="AiStudiosException">
        /// The project is invalid, the call failed, it was cancelled after it was sent (outcome unknown), or the render
        /// failed, stayed queued, stalled or timed out (the project exists then: the message names it).
        /// </exception>
        /// <exception cref="RenderWaitCanceledException">
        /// <paramref name="cancellationToken"/> was cancelled while waiting, after the project was created: its
        /// <see cref="RenderWaitCanceledException.ProjectId"/> is the new project, whose render goes on; wait for it
        /// again with <see cref="WaitForRenderAsync"/> rather than creating it again.
        /// </exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before anything was sent.</exception>
        public virtual async Task<RenderResult> CreateAndRenderAsync(Project project, RenderWaitOptions? options = null, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            RenderOperation operation = await StartRenderAsync(project, cancellationToken).ConfigureAwait(false);
            return await operation.WaitForCompletionAsync(options, progress, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Waits for the render of a project, by its id.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="options">Poll delays, overall, queue and stall timeouts; null for the defaults.</param>
        /// <param name="progress">Told each new progress reading.</param>
        /// <param name="cancellationToken">Stops the wait (the render goes on): a <see cref="RenderWaitCanceledException"/>.</param>
        /// <returns>The finished render, with its download URL.</returns>
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint (see the remarks of <see cref="AiStudiosClient"/>).</exception>
        /// <exception cref="AiStudiosException">A poll failed, or the render failed, stayed queued, stalled or timed out.</exception>
        public virtual Task<RenderResult> WaitForRenderAsync(string projectId, RenderWaitOptions? options = null, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default) =>
            GetRenderOperation(projectId).WaitForCompletionAsync(options, progress, cancellationToken);

        /// <summary>
        /// Copies a rendered video to <paramref name="destination"/>. The token is not sent: download URLs may point to
        /// another host (a CDN), which must not receive it.
        /// </summary>
        /// <param name="downloadUrl">The video's URL, http or https; a relative one is resolved against the service's host.</param>
        /// <param name="destination">Where the bytes go; not closed.</param>
        /// <param name="cancellationToken">Stops the download.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="AiStudiosException">The download failed (what was written is incomplete), or the URL is not http(s) (<see cref="AiStudiosErrorCodes.UnsupportedUrl"/>; nothing written).</exception>
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
            return _downloads.DownloadAsync(downloadUrl, destination, cancellationToken);
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
        /// <exception cref="AiStudiosException">The download failed, or the URL is not http(s) (<see cref="AiStudiosErrorCodes.UnsupportedUrl"/>).</exception>
        public virtual Task<long> DownloadToFileAsync(Uri downloadUrl, string path, CancellationToken cancellationToken = default)
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
            return _downloads.DownloadToFileAsync(downloadUrl, path, cancellationToken);
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
            return _api.CallAsync(request, read, cancellationToken);
        }

        private Task<CreatedProject> EditAsync(string projectId, IEnumerable<ProjectUpdate> updates, bool isExport, ExportOptions? options, CancellationToken cancellationToken)
        {
            string id = ProjectIds.CheckArgument(projectId, nameof(projectId));
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
                ApiRequest.Post("editor/project/" + ProjectIds.ToPathSegment(id), RequestBodies.Edit(list, isExport, options), isExport ? CallKind.StartsRender : CallKind.Repeatable),
                data => CreatedProject.Read(data, isExport),
                cancellationToken);
        }

        private static Func<CancellationToken, Task<string>> RequestTokenFunc(ApiCaller anonymous, string appId, string userKey) => cancellationToken =>
            anonymous.CallAsync(
                new ApiRequest(HttpMethod.Post, "auth/token", RequestBodies.Token(appId, userKey), CallKind.Repeatable, authenticated: false),
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

            if (_api is null)
            {
                throw new InvalidOperationException("This AiStudiosClient was made for a test double and is not connected to a service.");
            }
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
    }
}
