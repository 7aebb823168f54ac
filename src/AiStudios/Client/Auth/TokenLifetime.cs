using System;
using System.Text.Json;

namespace AiStudios.Client.Auth
{
    /// <summary>
    /// When a token expires. The answer of <c>POST /auth/token</c> has no expiry field; the reference says a token is
    /// valid for 24 hours, and the tokens it shows are JWTs whose payload holds <c>iat</c> and <c>exp</c>.
    /// </summary>
    internal static class TokenLifetime
    {
        /// <summary>The documented validity of a token.</summary>
        public static readonly TimeSpan Documented = TimeSpan.FromHours(24);

        /// <summary>
        /// The expiry on the local clock. For a JWT with <c>exp</c>: the earlier of <c>exp</c> itself and
        /// <paramref name="acquiredOn"/> + (<c>exp</c> − <c>iat</c>), so a local clock that runs behind the service's
        /// cannot make the client use a token the service already considers expired; a candidate already in the past
        /// (a clock far ahead) is ignored. Anything else: <paramref name="acquiredOn"/> + 24 hours.
        /// </summary>
        /// <param name="token">The token as the service sent it.</param>
        /// <param name="acquiredOn">When the token was requested (local clock).</param>
        /// <returns>The expiry.</returns>
        public static DateTimeOffset ExpiresOn(string token, DateTimeOffset acquiredOn)
        {
            if (!TryReadJwtTimes(token, out long? issuedAt, out long expires))
            {
                return acquiredOn + Documented;
            }

            DateTimeOffset? best = null;
            DateTimeOffset absolute = FromUnixSeconds(expires);
            if (absolute > acquiredOn)
            {
                best = absolute;
            }

            if (issuedAt is long iat && expires > iat)
            {
                DateTimeOffset relative = acquiredOn + TimeSpan.FromSeconds(Math.Min(expires - iat, (long)TimeSpan.FromDays(3650).TotalSeconds));
                best = best is DateTimeOffset b && b < relative ? b : relative;
            }

            return best ?? acquiredOn + Documented;
        }

        /// <summary>When to fetch the next token: <paramref name="margin"/> before expiry, but no earlier than three quarters into the lifetime.</summary>
        public static DateTimeOffset RefreshOn(DateTimeOffset acquiredOn, DateTimeOffset expiresOn, TimeSpan margin)
        {
            TimeSpan lifetime = expiresOn - acquiredOn;
            TimeSpan quarter = TimeSpan.FromTicks(lifetime.Ticks / 4);
            return expiresOn - (margin < quarter ? margin : quarter);
        }

        /// <summary>Reads <c>exp</c> (required) and <c>iat</c> (optional) from a JWT's payload, without checking its signature.</summary>
        public static bool TryReadJwtTimes(string token, out long? issuedAt, out long expires)
        {
            issuedAt = null;
            expires = 0;
            string[] parts = token.Split('.');
            if (parts.Length != 3 || parts[1].Length == 0 || !TryDecodeBase64Url(parts[1], out byte[] payload))
            {
                return false;
            }

            try
            {
                var reader = new Utf8JsonReader(payload);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                bool found = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isExp = reader.ValueTextEquals("exp"u8);
                    bool isIat = reader.ValueTextEquals("iat"u8);
                    reader.Read();
                    if ((isExp || isIat) && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double seconds)
                        && seconds > 0 && seconds < 253402300799)
                    {
                        if (isExp)
                        {
                            expires = (long)seconds;
                            found = true;
                        }
                        else
                        {
                            issuedAt = (long)seconds;
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return found;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static DateTimeOffset FromUnixSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

        private static bool TryDecodeBase64Url(string segment, out byte[] bytes)
        {
            string base64 = segment.Replace('-', '+').Replace('_', '/');
            switch (base64.Length % 4)
            {
                case 2:
                    base64 += "==";
                    break;
                case 3:
                    base64 += "=";
                    break;
                case 1:
                    bytes = Array.Empty<byte>();
                    return false;
            }

            try
            {
                bytes = Convert.FromBase64String(base64);
                return true;
            }
            catch (FormatException)
            {
                bytes = Array.Empty<byte>();
                return false;
            }
        }
    }
}
