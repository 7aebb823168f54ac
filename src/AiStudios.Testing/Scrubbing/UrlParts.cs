using System;
using System.Text;
using System.Text.RegularExpressions;

namespace AiStudios.Testing.Scrubbing
{
    /// <summary>
    /// An absolute http(s) URL split by hand (System.Uri would re-spell it) into the parts a secret
    /// can hide in: user info, path segments, query values and the fragment.
    /// </summary>
    internal readonly struct UrlParts
    {
        public const string Token = "Token";

        // Query parameters that make a URL a signed, expiring one (S3, CloudFront, GCS, Azure SAS) or carry a credential.
        private static readonly string[] SigningParameters =
        {
            "x-amz-signature", "x-amz-credential", "x-amz-security-token", "x-goog-signature", "x-goog-credential",
            "signature", "sig", "expires", "key-pair-id", "policy", "token", "access_token",
        };

        private static readonly Regex TokenLike = new Regex(
            "^([0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}|[0-9a-fA-F]{16,}|(?=[^/]*[0-9])(?=[^/]*[A-Za-z])[A-Za-z0-9_~.=%+-]{20,})$",
            RegexOptions.CultureInvariant);

        private UrlParts(string prefix, string userInfo, string host, string path, string? query, string? fragment)
        {
            Prefix = prefix;
            UserInfo = userInfo;
            Host = host;
            Path = path;
            Query = query;
            Fragment = fragment;
        }

        /// <summary>"https://".</summary>
        public string Prefix { get; }

        /// <summary>What stands before '@' in the authority, without the '@'; empty when none.</summary>
        public string UserInfo { get; }

        public string Host { get; }

        public string Path { get; }

        /// <summary>Without the '?'; null when there is none.</summary>
        public string? Query { get; }

        /// <summary>Without the '#'; null when there is none.</summary>
        public string? Fragment { get; }

        public static bool TryParse(string text, out UrlParts url)
        {
            url = default;
            int schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
            if (schemeEnd <= 0 || text.IndexOf(' ') >= 0)
            {
                return false;
            }

            string scheme = text.Substring(0, schemeEnd);
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            int start = schemeEnd + 3;
            int fragmentAt = text.IndexOf('#', start);
            string? fragment = fragmentAt >= 0 ? text.Substring(fragmentAt + 1) : null;
            string rest = fragmentAt >= 0 ? text.Substring(start, fragmentAt - start) : text.Substring(start);
            int queryAt = rest.IndexOf('?');
            string? query = queryAt >= 0 ? rest.Substring(queryAt + 1) : null;
            string authorityAndPath = queryAt >= 0 ? rest.Substring(0, queryAt) : rest;
            int pathAt = authorityAndPath.IndexOf('/');
            string authority = pathAt >= 0 ? authorityAndPath.Substring(0, pathAt) : authorityAndPath;
            string path = pathAt >= 0 ? authorityAndPath.Substring(pathAt) : "";
            int at = authority.LastIndexOf('@');
            string userInfo = at >= 0 ? authority.Substring(0, at) : "";
            string host = at >= 0 ? authority.Substring(at + 1) : authority;
            if (host.Length == 0)
            {
                return false;
            }

            url = new UrlParts(text.Substring(0, start), userInfo, host, path, query, fragment);
            return true;
        }

        /// <summary>Whether the query carries a signature, an expiry or a credential: the whole URL changes per run.</summary>
        public bool IsSigned()
        {
            if (Query is null)
            {
                return false;
            }

            foreach (string pair in Query.Split('&'))
            {
                int equals = pair.IndexOf('=');
                string key = (equals >= 0 ? pair.Substring(0, equals) : pair).ToLowerInvariant();
                if (Array.IndexOf(SigningParameters, key) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The URL with every query value, the fragment, the user info's secret part and each
        /// token-like path segment (a GUID, 16+ hex digits, or 20+ URL characters mixing letters
        /// and digits) replaced by <c>{Token_N}</c>; scheme, host and the readable path stay.
        /// </summary>
        public string WithSecretsScrubbed(Placeholders placeholders)
        {
            var text = new StringBuilder(Prefix);
            if (UserInfo.Length > 0)
            {
                int colon = UserInfo.IndexOf(':');
                text.Append(colon >= 0
                    ? UserInfo.Substring(0, colon + 1) + placeholders.For(Token, UserInfo.Substring(colon + 1))
                    : placeholders.For(Token, UserInfo));
                text.Append('@');
            }

            text.Append(Host);
            string[] segments = Path.Split('/');
            for (int i = 0; i < segments.Length; i++)
            {
                text.Append(i == 0 ? "" : "/");
                text.Append(TokenLike.IsMatch(segments[i]) ? placeholders.For(Token, segments[i]) : segments[i]);
            }

            if (Query is not null)
            {
                text.Append('?');
                string[] pairs = Query.Split('&');
                for (int i = 0; i < pairs.Length; i++)
                {
                    text.Append(i == 0 ? "" : "&");
                    int equals = pairs[i].IndexOf('=');
                    if (equals >= 0 && equals < pairs[i].Length - 1)
                    {
                        text.Append(pairs[i].Substring(0, equals + 1)).Append(placeholders.For(Token, pairs[i].Substring(equals + 1)));
                    }
                    else
                    {
                        text.Append(TokenLike.IsMatch(pairs[i]) ? placeholders.For(Token, pairs[i]) : pairs[i]);
                    }
                }
            }

            if (Fragment is not null)
            {
                text.Append('#').Append(Fragment.Length > 0 ? placeholders.For(Token, Fragment) : "");
            }

            return text.ToString();
        }
    }
}
