using System;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Webhooks;

/// <summary>
/// One webhook call to make: the body is <c>{progress, backendTaskId}</c>, plus <c>credit</c> and <c>download_url</c>
/// at 100, or <c>state</c> and <c>error</c> when the render failed (see <see cref="Rendering.RenderSimulator.TakeNotice"/>).
/// </summary>
internal sealed record WebhookNotice(Uri Url, string ProjectId, JsonObject Body);
