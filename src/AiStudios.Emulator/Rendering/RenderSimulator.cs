using System;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Faults;
using AiStudios.Emulator.Hosting;
using AiStudios.Emulator.Storage;
using AiStudios.Emulator.Webhooks;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Rendering;

/// <summary>
/// Simulates the service's renders. A render first waits in the queue (<see cref="EmulatorOptions.QueueDelay"/>, or
/// the <c>queue</c> fault: state <c>queued</c>, progress 0), then its progress follows the clock linearly from 0 to
/// 100 over <see cref="EmulatorOptions.RenderDuration"/>, rounded down to <see cref="EmulatorOptions.ProgressStep"/>.
/// Every method is called under <see cref="ProjectStore"/>'s lock.
/// </summary>
internal sealed class RenderSimulator(EmulatorOptions options, ServerAddresses addresses, Counters counters, ILogger<RenderSimulator> logger)
{
    /// <summary>Starts a new render of <paramref name="project"/>, replacing any earlier one.</summary>
    public void Start(StoredProject project, ExportSettings settings, FaultSet faults, DateTimeOffset now)
    {
        Uri? webhook = null;
        if (settings.WebhookUrl is { } url)
        {
            if (LoopbackPolicy.IsAllowed(url))
            {
                webhook = url;
            }
            else
            {
                counters.WebhookRefused();
                logger.LogWarning("Project {ProjectId}: webhook host {Host} is not loopback; the emulator will not call it.", project.Id, Http.SafeText.Of(url.Authority, 100));
            }
        }

        project.Job = new RenderJob(ProjectIds.New(now, "task-"), now, options.RenderDuration, settings)
        {
            StallAt = faults.StallAt,
            FailAt = faults.FailRenderAt,
            QueueFor = faults.QueueMs switch
            {
                null => options.QueueDelay,
                < 0 => RenderJob.Forever,
                int ms => TimeSpan.FromMilliseconds(ms),
            },
            WebhookUrl = webhook,
        };
        project.State = project.Job.IsQueued(now) ? ProjectStates.Queued : ProjectStates.Exporting;
        project.Progress = 0;
        project.DownloadUrl = null;
        project.CreditSubtracted = false;
        project.UpdatedAt = now;
        counters.ExportStarted();
        logger.LogInformation("Project {ProjectId}: render {TaskId} started ({Resolution}).", project.Id, project.Job.TaskId, settings.Resolution);
    }

    /// <summary>Brings a running render up to <paramref name="now"/>: progress, then done or failed.</summary>
    public void Advance(StoredProject project, DateTimeOffset now)
    {
        if (!ProjectStates.IsRendering(project.State) || project.Job is not { } job)
        {
            return;
        }

        if (job.IsQueued(now))
        {
            return;
        }

        if (project.State == ProjectStates.Queued)
        {
            project.State = ProjectStates.Exporting;
            project.UpdatedAt = now;
        }

        var raw = job.RawProgress(now);
        if (job.FailAt is { } failAt && raw >= failAt)
        {
            project.State = ProjectStates.Failed;
            project.Progress = Round(failAt);
            project.UpdatedAt = now;
            logger.LogInformation("Project {ProjectId}: render {TaskId} failed at {Progress}% (fault).", project.Id, job.TaskId, project.Progress);
            return;
        }

        if (job.StallAt is { } stallAt)
        {
            raw = Math.Min(raw, stallAt);
        }

        var progress = raw >= 100 ? 100 : Round(raw);
        if (progress != project.Progress)
        {
            project.Progress = progress;
            project.UpdatedAt = now;
        }

        if (raw >= 100)
        {
            project.State = ProjectStates.Exported;
            project.DownloadUrl = new Uri(addresses.Root, $"files/{project.Id}.mp4").ToString();
            project.ThumbnailUrl = new Uri(addresses.Root, $"files/{project.Id}.png").ToString();
            project.CreditSubtracted = true;
            logger.LogInformation("Project {ProjectId}: render {TaskId} done.", project.Id, job.TaskId);
        }
    }

    /// <summary>
    /// The webhook due for this project, if its progress moved since the last one (at most one per call): the
    /// documented <c>{progress, backendTaskId}</c>, plus <c>credit</c> and <c>download_url</c> at 100. A failed
    /// render sends one last call in the emulator's own failure shape (upstream documents none): the same two fields
    /// plus <c>state: "failed"</c> and <c>error: {code, msg}</c>.
    /// </summary>
    public WebhookNotice? TakeNotice(StoredProject project)
    {
        if (project.Job is not { WebhookUrl: { } url } job)
        {
            return null;
        }

        if (project.State == ProjectStates.Failed)
        {
            if (job.FailureNotified)
            {
                return null;
            }

            job.FailureNotified = true;
            return new WebhookNotice(url, project.Id, new JsonObject
            {
                ["progress"] = (int)Math.Floor(project.Progress),
                ["backendTaskId"] = job.TaskId,
                ["state"] = ProjectStates.Failed,
                ["error"] = new JsonObject { ["code"] = Http.ErrorCodes.RenderFailed, ["msg"] = FailureMessage(project) },
            });
        }

        var progress = (int)Math.Floor(project.Progress);
        if (progress == job.LastNotifiedProgress)
        {
            return null;
        }

        job.LastNotifiedProgress = progress;
        var body = new JsonObject { ["progress"] = progress, ["backendTaskId"] = job.TaskId };
        if (project.State == ProjectStates.Exported)
        {
            body["credit"] = Credit(project);
            body["download_url"] = project.DownloadUrl;
        }

        return new WebhookNotice(url, project.Id, body);
    }

    /// <summary>What a failed render says, in the progress answer and its webhook.</summary>
    public static string FailureMessage(StoredProject project) =>
        FormattableString.Invariant($"The render {project.Job?.TaskId} failed at {project.Progress}%.");

    /// <summary>Credits charged for a render: one per scene (the real price list is not documented).</summary>
    public static int Credit(StoredProject project) =>
        Math.Max(1, project.Payload.SceneCount);

    private double Round(double raw)
    {
        var step = options.ProgressStep;
        // Rounded to 4 decimals so a step such as 0.1 does not report 30.000000000000004.
        return step <= 0 ? Math.Round(raw, 2, MidpointRounding.ToZero) : Math.Min(100, Math.Round(Math.Floor(raw / step) * step, 4));
    }
}
