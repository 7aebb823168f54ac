using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Emulator.Configuration;
using AiStudios.Emulator.Faults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator;

/// <summary>
/// Settings of one emulator instance. Every property has a default, so <c>new EmulatorOptions()</c> starts a usable
/// emulator on port 5080; tests usually set <see cref="Port"/> to 0 and a short <see cref="RenderDuration"/>.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>The port used when none is configured.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The configuration section <see cref="FromConfiguration"/> reads.</summary>
    public const string SectionName = "Emulator";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free port (read it back from <see cref="EmulatorServer.BaseAddress"/>).</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>The API keys accepted by <c>POST /auth/token</c>. When left empty, <see cref="EmulatorCredential.Default"/> is accepted.</summary>
    public IList<EmulatorCredential> Credentials { get; set; } = new List<EmulatorCredential>();

    /// <summary>How long an issued token stays valid (<c>exp - iat</c>). The real service documents 24 hours.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The value of the <c>platform</c> claim in issued tokens.</summary>
    public string Platform { get; set; } = "api";

    /// <summary>
    /// The HMAC-SHA256 key that signs tokens (UTF-8 text, at least 16 characters). When null, a random key is made per
    /// instance, so tokens never survive a restart.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a simulated render takes from 0 to 100 percent. The real service takes minutes.</summary>
    public TimeSpan RenderDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Granularity of reported progress, in percent: progress is rounded down to a multiple of it (5 gives 0, 5, 10, ...).
    /// 0 reports continuous progress (two decimals). Webhooks fire once per step reached.
    /// </summary>
    public double ProgressStep { get; set; } = 5;

    /// <summary>How often the background simulator advances renders and sends webhooks.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Timeout of one webhook POST. Webhooks are never retried.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Workspaces listed by <c>GET /dropdown/workspaces</c>. When left empty, <see cref="EmulatorWorkspace.Default"/> is listed.</summary>
    public IList<EmulatorWorkspace> Workspaces { get; set; } = new List<EmulatorWorkspace>();

    /// <summary>
    /// The avatars of the emulated account (<c>GET /dropdown/models</c>, <c>GET /model</c>). When left empty,
    /// <see cref="EmulatorAvatar.Defaults"/> are served.
    /// </summary>
    public IList<EmulatorAvatar> Avatars { get; set; } = new List<EmulatorAvatar>();

    /// <summary>
    /// The business templates (<c>GET /dropdown/templates_business</c>). When left empty,
    /// <see cref="EmulatorTemplate.Defaults"/> are listed.
    /// </summary>
    public IList<EmulatorTemplate> Templates { get; set; } = new List<EmulatorTemplate>();

    /// <summary>
    /// How long every render waits in the service's queue (progress 0, state <c>queued</c>) before its progress starts
    /// to move. The real service documents 1 to 10 minutes behind other users' renders; default 0. The <c>queue</c>
    /// fault sets it for one render.
    /// </summary>
    public TimeSpan QueueDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Faults applied to matching requests from the start (see <see cref="FaultRule"/>); more can be queued at run time
    /// through <see cref="EmulatorServer.Faults"/>.
    /// </summary>
    public IList<FaultRule> Faults { get; set; } = new List<FaultRule>();

    /// <summary>
    /// How many projects the emulator holds at most; a create (or simple video) past it is refused with 507
    /// <c>STORE_FULL</c> until projects are deleted. Default 10,000.
    /// </summary>
    public int MaxStoredProjects { get; set; } = 10_000;

    /// <summary>
    /// How many bytes the stored project payloads may take together (each is kept as the UTF-8 JSON sent); a create
    /// or edit past it is refused with 507 <c>STORE_FULL</c>. Default 64 MiB.
    /// </summary>
    public long MaxStoredBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The clock for token times, render progress and timestamps. Tests may pass a manual clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Adds logging providers. When null the in-process emulator logs nothing; the command line adds the console.
    /// The emulator never logs user keys or tokens.
    /// </summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    /// <summary>
    /// Reads options from the <c>Emulator</c> section of <paramref name="configuration"/>: <c>Port</c>,
    /// <c>TokenLifetime</c>, <c>Platform</c>, <c>SigningKey</c>, <c>RenderDuration</c>, <c>ProgressStep</c>,
    /// <c>TickInterval</c>, <c>WebhookTimeout</c>, <c>QueueDelay</c>, <c>MaxStoredProjects</c>, <c>MaxStoredBytes</c>,
    /// <c>Credentials:N:AppId/UserKey</c>, <c>Workspaces:N:WorkspaceId/WorkspaceName</c>,
    /// <c>Avatars:N:Id/Label/AvatarType/Clothes:M:Id/Label</c>, <c>Templates:N:Id/Name</c> and
    /// <c>Faults:N:Path/Method/Fault/Count</c>.
    /// </summary>
    /// <param name="configuration">The configuration root (or any configuration holding an <c>Emulator</c> section).</param>
    /// <returns>Options with every value not configured left at its default.</returns>
    /// <exception cref="FormatException">A configured value cannot be read.</exception>
    public static EmulatorOptions FromConfiguration(IConfiguration configuration) =>
        EmulatorConfigurationReader.Read(configuration.GetSection(SectionName));

    /// <summary>Checks every value and fills in the defaults of empty lists.</summary>
    /// <returns>A copy that the server uses; later changes to this instance have no effect on a running server.</returns>
    internal EmulatorOptions Validated()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "Port must be 0 (any free port) to 65535.");
        }

        if (TokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TokenLifetime), TokenLifetime, "TokenLifetime must be positive.");
        }

        if (QueueDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(QueueDelay), QueueDelay, "QueueDelay must not be negative.");
        }

        if (RenderDuration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RenderDuration), RenderDuration, "RenderDuration must not be negative.");
        }

        if (ProgressStep is < 0 or > 100 || double.IsNaN(ProgressStep))
        {
            throw new ArgumentOutOfRangeException(nameof(ProgressStep), ProgressStep, "ProgressStep must be 0 to 100.");
        }

        if (TickInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TickInterval), TickInterval, "TickInterval must be positive.");
        }

        if (WebhookTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(WebhookTimeout), WebhookTimeout, "WebhookTimeout must be positive.");
        }

        if (MaxStoredProjects <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStoredProjects), MaxStoredProjects, "MaxStoredProjects must be positive.");
        }

        if (MaxStoredBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStoredBytes), MaxStoredBytes, "MaxStoredBytes must be positive.");
        }

        if (SigningKey is { Length: < 16 })
        {
            throw new ArgumentException("SigningKey must be at least 16 characters.", nameof(SigningKey));
        }

        var credentials = new List<EmulatorCredential>(Credentials ?? Array.Empty<EmulatorCredential>());
        if (credentials.Count == 0)
        {
            credentials.Add(EmulatorCredential.Default);
        }

        foreach (var credential in credentials)
        {
            if (string.IsNullOrEmpty(credential?.AppId) || string.IsNullOrEmpty(credential.UserKey))
            {
                throw new ArgumentException("Every credential needs a non-empty AppId and UserKey.", nameof(Credentials));
            }
        }

        var workspaces = new List<EmulatorWorkspace>(Workspaces ?? Array.Empty<EmulatorWorkspace>());
        if (workspaces.Count == 0)
        {
            workspaces.Add(EmulatorWorkspace.Default);
        }

        var avatars = CheckAvatars(Avatars);
        var templates = CheckTemplates(Templates);

        var faults = new List<FaultRule>(Faults ?? Array.Empty<FaultRule>());
        if (faults.Count > FaultSchedule.MaxRules)
        {
            throw new ArgumentException($"Faults holds {faults.Count} rules; at most {FaultSchedule.MaxRules} are kept.", nameof(Faults));
        }

        foreach (var rule in faults)
        {
            // Parse now so a typo in configuration fails at start, not on the first matching request.
            FaultRule.Compile(rule);
        }

        return new EmulatorOptions
        {
            Port = Port,
            Credentials = credentials,
            TokenLifetime = TokenLifetime,
            Platform = string.IsNullOrEmpty(Platform) ? "api" : Platform,
            SigningKey = SigningKey,
            RenderDuration = RenderDuration,
            ProgressStep = ProgressStep,
            TickInterval = TickInterval,
            WebhookTimeout = WebhookTimeout,
            MaxStoredProjects = MaxStoredProjects,
            MaxStoredBytes = MaxStoredBytes,
            Workspaces = workspaces,
            Avatars = avatars,
            Templates = templates,
            QueueDelay = QueueDelay,
            Faults = faults,
            TimeProvider = TimeProvider ?? TimeProvider.System,
            ConfigureLogging = ConfigureLogging,
        };
    }

    private static List<EmulatorAvatar> CheckAvatars(IList<EmulatorAvatar>? configured)
    {
        var avatars = new List<EmulatorAvatar>(configured ?? Array.Empty<EmulatorAvatar>());
        if (avatars.Count == 0)
        {
            avatars.AddRange(EmulatorAvatar.Defaults);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var avatar in avatars)
        {
            if (string.IsNullOrWhiteSpace(avatar?.Id) || !ids.Add(avatar.Id))
            {
                throw new ArgumentException("Every avatar needs a non-empty Id, and no Id may be listed twice.", nameof(Avatars));
            }

            if (avatar.Clothes is not { Count: > 0 } clothes || clothes.Any(c => string.IsNullOrWhiteSpace(c?.Id)) || clothes.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != clothes.Count)
            {
                throw new ArgumentException($"Avatar {avatar.Id} needs at least one set of clothes, each with a non-empty Id listed once.", nameof(Avatars));
            }
        }

        return avatars;
    }

    private static List<EmulatorTemplate> CheckTemplates(IList<EmulatorTemplate>? configured)
    {
        var templates = new List<EmulatorTemplate>(configured ?? Array.Empty<EmulatorTemplate>());
        if (templates.Count == 0)
        {
            templates.AddRange(EmulatorTemplate.Defaults);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            if (string.IsNullOrWhiteSpace(template?.Id) || !ids.Add(template.Id) || template.Id.IndexOfAny(['/', '?', '#', '%']) >= 0)
            {
                throw new ArgumentException("Every template needs a non-empty Id (no '/', '?', '#' or '%'), and no Id may be listed twice.", nameof(Templates));
            }
        }

        return templates;
    }
}
