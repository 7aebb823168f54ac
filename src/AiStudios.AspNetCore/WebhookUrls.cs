using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace AiStudios.AspNetCore
{
    /// <summary>
    /// Webhook URLs that carry a token: <c>HMAC-SHA256(secret, the URL's other query parameters)</c>, base64url, in
    /// the <c>token</c> parameter. The token binds the parameters the URL was made with (a batch's <c>batch</c> and
    /// <c>item</c>), so a URL seen for one render cannot be bent to speak for another.
    /// </summary>
    public static class WebhookUrls
    {
        private const string Context = "aistudios-webhook-v1";

        /// <summary>Adds the token to <paramref name="url"/> with the first secret of <paramref name="options"/>.</summary>
        /// <param name="url">The endpoint's public URL, with any parameters of your own (<c>https://hooks.example.com/hooks/aistudios?batch=k3f9&amp;item=12</c>).</param>
        /// <param name="options">The receiver's options.</param>
        /// <returns>The URL to put into a project's <c>webhookUrl</c>.</returns>
        public static Uri Create(Uri url, AiStudiosWebhookOptions options)
        {
            if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException("The webhook URL must be an absolute http or https URL.", nameof(url));
            }

            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            Dictionary<string, StringValues> query = QueryHelpers.ParseQuery(url.Query);
            if (query.ContainsKey(options.TokenParameter))
            {
                throw new ArgumentException($"The URL already has a '{options.TokenParameter}' parameter.", nameof(url));
            }

            string token = Token(options.Secrets[0], query, options.TokenParameter);
            return new Uri(QueryHelpers.AddQueryString(url.AbsoluteUri, options.TokenParameter, token));
        }

        /// <summary>Whether the token of a request matches any secret, compared in constant time.</summary>
        internal static bool Verify(IEnumerable<KeyValuePair<string, StringValues>> query, AiStudiosWebhookOptions options)
        {
            var parameters = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            if (!parameters.TryGetValue(options.TokenParameter, out StringValues given) || given.Count != 1 || given[0] is not { Length: > 0 and <= 128 } text)
            {
                return false;
            }

            byte[] presented;
            try
            {
                presented = WebEncoders.Base64UrlDecode(text);
            }
            catch (FormatException)
            {
                return false;
            }

            bool match = false;
            foreach (string secret in options.Secrets)
            {
                byte[] expected = Mac(secret, parameters, options.TokenParameter);

                // Every secret is tried, matched or not, so the time taken does not tell which one matched.
                match |= CryptographicOperations.FixedTimeEquals(expected, presented);
            }

            return match;
        }

        private static string Token(string secret, IDictionary<string, StringValues> query, string tokenParameter) =>
            WebEncoders.Base64UrlEncode(Mac(secret, query, tokenParameter));

        private static byte[] Mac(string secret, IDictionary<string, StringValues> query, string tokenParameter)
        {
            var canonical = new StringBuilder(Context);
            foreach (var pair in query.Where(p => p.Key != tokenParameter).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                foreach (string? value in pair.Value)
                {
                    canonical.Append('\n').Append(pair.Key).Append('=').Append(value);
                }
            }

            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(canonical.ToString()));
        }
    }
}
