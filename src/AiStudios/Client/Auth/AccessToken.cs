using System;

namespace AiStudios.Client.Auth
{
    /// <summary>A token and when to stop using it. <see cref="ToString"/> never shows the token.</summary>
    internal sealed class AccessToken
    {
        public AccessToken(string value, DateTimeOffset acquiredOn, DateTimeOffset expiresOn, DateTimeOffset refreshOn)
        {
            Value = value;
            AcquiredOn = acquiredOn;
            ExpiresOn = expiresOn;
            RefreshOn = refreshOn;
        }

        /// <summary>The raw token, sent as the <c>Authorization</c> header.</summary>
        public string Value { get; }

        /// <summary>When the request for it was sent (local clock).</summary>
        public DateTimeOffset AcquiredOn { get; }

        /// <summary>When it stops being accepted (local clock); see <see cref="TokenLifetime"/>.</summary>
        public DateTimeOffset ExpiresOn { get; }

        /// <summary>When a replacement is fetched in the background, ahead of <see cref="ExpiresOn"/>.</summary>
        public DateTimeOffset RefreshOn { get; }

        public override string ToString() => $"AccessToken {{ Value = ***, ExpiresOn = {ExpiresOn:O} }}";
    }
}
