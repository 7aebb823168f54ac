using System;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Webhooks;

/// <summary>One webhook call to make: the body is <c>{progress, backendTaskId}</c>, plus <c>credit</c> and <c>download_url</c> at 100.</summary>
internal sealed record WebhookNotice(Uri Url, string ProjectId, JsonObject Body);
