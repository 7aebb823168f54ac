using System;
using System.Collections.Generic;

namespace AiStudios.AspNetCore
{
    /// <summary>
    /// How the webhook endpoint checks and reads calls. Bound by <see cref="WebhookServiceCollectionExtensions.AddAiStudiosWebhooks"/>.
    /// </summary>
    public sealed class AiStudiosWebhookOptions
    {
        /// <summary>The smallest secret accepted, in characters.</summary>
        public const int MinSecretLength = 16;

        /// <summary>
        /// The secrets tokens are made with. The first signs new webhook URLs (<see cref="WebhookUrls.Create"/>); every
        /// one is accepted, so during a rotation list the new secret first and the old one second until renders started
        /// with the old URLs are over. At least one, each at least <see cref="MinSecretLength"/> characters. Keep them out
        /// of source and logs (the endpoint never logs them).
        /// </summary>
        public IList<string> Secrets { get; } = new List<string>();

        /// <summary>The query parameter that carries the token. Default <c>token</c>.</summary>
        public string TokenParameter { get; set; } = "token";

        /// <summary>Bodies longer than this are refused with 413 before they are read whole. Default 64 KiB (a webhook is about 150 bytes).</summary>
        public long MaxBodyBytes { get; set; } = 64 * 1024;

        /// <summary>How long a delivery's key is remembered to recognise a repeat. Default 24 hours.</summary>
        public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

        /// <summary>
        /// The status for a call whose token is right but whose body is not a render webhook. Default 400 (with the
        /// envelope and a log line). A sender that retries every non-2xx would repeat such a call forever; the service
        /// documents no retries (the emulator makes none), so 400 is the default; set 202 to acknowledge and only log.
        /// </summary>
        public int MalformedBodyStatus { get; set; } = 400;

        internal void Validate()
        {
            if (Secrets.Count == 0)
            {
                throw new InvalidOperationException("AiStudiosWebhookOptions.Secrets is empty: add at least one secret (from configuration, not source).");
            }

            for (int i = 0; i < Secrets.Count; i++)
            {
                if (Secrets[i] is null || Secrets[i].Length < MinSecretLength)
                {
                    throw new InvalidOperationException($"AiStudiosWebhookOptions.Secrets[{i}] is shorter than {MinSecretLength} characters.");
                }
            }

            if (string.IsNullOrWhiteSpace(TokenParameter))
            {
                throw new InvalidOperationException("AiStudiosWebhookOptions.TokenParameter is empty.");
            }

            if (MaxBodyBytes < 1024)
            {
                throw new InvalidOperationException("AiStudiosWebhookOptions.MaxBodyBytes must be at least 1024.");
            }

            if (MalformedBodyStatus is < 200 or > 499)
            {
                throw new InvalidOperationException("AiStudiosWebhookOptions.MalformedBodyStatus must be a 2xx or 4xx status.");
            }
        }

        /// <summary>The options without secrets: type name and counts only.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"AiStudiosWebhookOptions {{ Secrets = {Secrets.Count} (not shown), TokenParameter = {TokenParameter}, MaxBodyBytes = {MaxBodyBytes} }}";
    }
}
