using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios
{
    /// <summary>
    /// Settings of an <see cref="AiStudiosClient"/>: where the service is, how to authenticate, how long to wait,
    /// how to retry. The client copies them when it is created; later changes do not affect it.
    /// </summary>
    /// <remarks>
    /// Authenticate with <see cref="AppId"/> and <see cref="UserKey"/> (the client then requests and caches tokens
    /// itself), or with a <see cref="TokenProvider"/> of your own, for example one that asks your backend so the user
    /// key never reaches the machine running the client. <see cref="ToString"/> never shows the user key.
    /// </remarks>
    public sealed class AiStudiosClientOptions
    {
        /// <summary>The global service: <c>https://app.aistudios.com/api/odin/v3/</c>.</summary>
        public static Uri GlobalEndpoint { get; } = new Uri("https://app.aistudios.com/api/odin/v3/");

        /// <summary>The service in China: <c>https://app.aistudios.cn/api/odin/v3/</c>.</summary>
        public static Uri ChinaEndpoint { get; } = new Uri("https://app.aistudios.cn/api/odin/v3/");

        /// <summary>The path of the API on every host.</summary>
        public const string ApiPath = "api/odin/v3/";

        private TimeSpan _timeout = TimeSpan.FromSeconds(100);
        private TimeSpan _tokenRefreshMargin = TimeSpan.FromMinutes(5);

        /// <summary>
        /// The API base: <see cref="GlobalEndpoint"/> (the default), <see cref="ChinaEndpoint"/>, the emulator's
        /// <c>BaseAddress</c>, or any other host. A bare host such as <c>https://app.aistudios.com</c> gets
        /// <c>/api/odin/v3/</c> appended.
        /// </summary>
        public Uri BaseAddress { get; set; } = GlobalEndpoint;

        /// <summary>The public half of the API key. Required unless <see cref="TokenProvider"/> is set.</summary>
        public string? AppId { get; set; }

        /// <summary>The secret half of the API key. Required unless <see cref="TokenProvider"/> is set. Never logged or shown.</summary>
        public string? UserKey { get; set; }

        /// <summary>
        /// Supplies tokens instead of <c>POST /auth/token</c> with <see cref="AppId"/> and <see cref="UserKey"/>. The
        /// client still caches each token until shortly before it expires (the JWT's <c>exp</c>, or 24 hours) and calls
        /// the provider again when the service refuses one.
        /// </summary>
        public Func<CancellationToken, Task<string>>? TokenProvider { get; set; }

        /// <summary>How long one try of a call may take, from sending to the end of the answer. Default 100 s.</summary>
        public TimeSpan Timeout
        {
            get => _timeout;
            set => _timeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
                ? value
                : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "Timeout must be positive (or infinite).");
        }

        /// <summary>
        /// How long a whole download (<c>DownloadAsync</c>, <c>DownloadToFileAsync</c>) may take, retries included;
        /// each chunk must still arrive within <see cref="Timeout"/>. Default 30 minutes.
        /// </summary>
        public TimeSpan DownloadTimeout
        {
            get => _downloadTimeout;
            set => _downloadTimeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
                ? value
                : throw new ArgumentOutOfRangeException(nameof(DownloadTimeout), value, "DownloadTimeout must be positive (or infinite).");
        }

        private TimeSpan _downloadTimeout = TimeSpan.FromMinutes(30);

        /// <summary>How calls are retried.</summary>
        public AiStudiosRetryOptions Retry { get; set; } = new AiStudiosRetryOptions();

        /// <summary>
        /// How long before a token expires the client fetches the next one (in the background, while the current one
        /// still serves calls). For short-lived tokens it is capped at a quarter of the token's lifetime. Default 5 minutes.
        /// </summary>
        public TimeSpan TokenRefreshMargin
        {
            get => _tokenRefreshMargin;
            set => _tokenRefreshMargin = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(TokenRefreshMargin), value, "TokenRefreshMargin must not be negative.");
        }

        /// <summary>The settings, with the user key masked: safe to log.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder("AiStudiosClientOptions { BaseAddress = ");
            text.Append(BaseAddress is null ? null : WithoutUserInfo(BaseAddress));
            text.Append(", AppId = ").Append(MaskAppId(AppId));
            text.Append(", UserKey = ").Append(UserKey is null ? "(none)" : "***");
            text.Append(", TokenProvider = ").Append(TokenProvider is null ? "(none)" : "(set)");
            text.Append(", Timeout = ").Append(Timeout);
            text.Append(", Retry = { ").Append(Retry).Append(" }");
            text.Append(", TokenRefreshMargin = ").Append(TokenRefreshMargin);
            return text.Append(" }").ToString();
        }

        /// <summary>The first characters of an app id; the reference calls the whole key pair a secret.</summary>
        internal static string MaskAppId(string? appId) =>
            appId is null ? "(none)" : appId.Length <= 4 ? "***" : appId.Substring(0, 4) + "***";

        /// <summary>
        /// Checks the settings and returns the copy a client runs with.
        /// </summary>
        /// <exception cref="ArgumentException">A setting is missing or unusable; the message never contains the user key.</exception>
        internal AiStudiosClientOptions Validated()
        {
            Uri baseAddress = NormalizeBaseAddress(BaseAddress);
            if (TokenProvider is null)
            {
                if (string.IsNullOrWhiteSpace(AppId) || string.IsNullOrWhiteSpace(UserKey))
                {
                    throw new ArgumentException(
                        "Set AppId and UserKey (the API key from the AI Studios web app), or a TokenProvider.",
                        "options");
                }

                if (LooksLikePlaceholder(AppId!) || LooksLikePlaceholder(UserKey!))
                {
                    throw new ArgumentException(
                        "AppId or UserKey still holds a placeholder from the samples (such as ${API KEY} or ##YOUR_APP_ID##); set the real key.",
                        "options");
                }
            }

            return new AiStudiosClientOptions
            {
                BaseAddress = baseAddress,
                AppId = AppId?.Trim(),
                UserKey = UserKey?.Trim(),
                TokenProvider = TokenProvider,
                Timeout = Timeout,
                DownloadTimeout = DownloadTimeout,
                Retry = (Retry ?? new AiStudiosRetryOptions()).Clone(),
                TokenRefreshMargin = TokenRefreshMargin,
            };
        }

        /// <summary><paramref name="address"/> without user name and password, for display.</summary>
        internal static string WithoutUserInfo(Uri address)
        {
            if (!address.IsAbsoluteUri || string.IsNullOrEmpty(address.UserInfo))
            {
                return address.ToString();
            }

            try
            {
                return new UriBuilder(address) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
            }
            catch (UriFormatException)
            {
                return address.Scheme + "://(hidden)";
            }
        }

        internal static Uri NormalizeBaseAddress(Uri? address)
        {
            if (address is null)
            {
                throw new ArgumentException("BaseAddress must be set.", "options");
            }

            if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"BaseAddress must be an absolute http or https URI; '{WithoutUserInfo(address)}' is not.", "options");
            }

            // User info (http://user:secret@host) would be printed by ToString and in errors, and the client never
            // authenticates that way: it is dropped.
            var builder = new UriBuilder(address) { Query = string.Empty, Fragment = string.Empty, UserName = string.Empty, Password = string.Empty };
            string path = builder.Path;
            if (path.Length == 0 || path == "/")
            {
                path = "/" + ApiPath;
            }
            else if (!path.EndsWith("/", StringComparison.Ordinal))
            {
                path += "/";
            }

            builder.Path = path;
            return builder.Uri;
        }

        private static bool LooksLikePlaceholder(string value) =>
            value.IndexOf("${", StringComparison.Ordinal) >= 0
            || (value.StartsWith("##", StringComparison.Ordinal) && value.EndsWith("##", StringComparison.Ordinal))
            || (value.StartsWith("<", StringComparison.Ordinal) && value.EndsWith(">", StringComparison.Ordinal));
    }
}
