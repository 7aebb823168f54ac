using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace AiStudios.Extensions.DependencyInjection
{
    /// <summary>
    /// Binds <see cref="AiStudiosClientOptions"/> from configuration by hand: no reflection, so it stays trimming-
    /// and AOT-safe, and a bad value names its key (never the user key's value).
    /// </summary>
    public static class AiStudiosConfiguration
    {
        /// <summary>The configuration section the options are read from.</summary>
        public const string SectionName = "AiStudios";

        /// <summary>
        /// Copies the values present in <paramref name="section"/> onto <paramref name="options"/>: <c>BaseAddress</c>
        /// (a URL, or <c>Global</c> / <c>China</c>), <c>AppId</c>, <c>UserKey</c>, <c>Timeout</c>, <c>DownloadTimeout</c>,
        /// <c>TokenRefreshMargin</c> (time spans such as <c>00:01:40</c>, or seconds as a number), <c>Retry:MaxRetries</c>,
        /// <c>Retry:Delay</c>, <c>Retry:MaxDelay</c>. Absent keys leave the option as it is.
        /// </summary>
        /// <param name="section">The <c>AiStudios</c> section.</param>
        /// <param name="options">The options to fill.</param>
        /// <exception cref="FormatException">A value cannot be read; the message names the key.</exception>
        public static void Bind(IConfiguration section, AiStudiosClientOptions options)
        {
            if (section is null)
            {
                throw new ArgumentNullException(nameof(section));
            }

            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            if (Value(section, "BaseAddress") is string address)
            {
                options.BaseAddress = address.Equals("global", StringComparison.OrdinalIgnoreCase) ? AiStudiosClientOptions.GlobalEndpoint
                    : address.Equals("china", StringComparison.OrdinalIgnoreCase) ? AiStudiosClientOptions.ChinaEndpoint
                    : Uri.TryCreate(address, UriKind.Absolute, out Uri? uri) ? uri
                    : throw Bad("BaseAddress", "an absolute URL, Global or China", address);
            }

            if (Value(section, "AppId") is string appId)
            {
                options.AppId = appId;
            }

            if (Value(section, "UserKey") is string userKey)
            {
                options.UserKey = userKey;
            }

            if (Value(section, "Timeout") is string timeout)
            {
                options.Timeout = Duration("Timeout", timeout);
            }

            if (Value(section, "DownloadTimeout") is string downloadTimeout)
            {
                options.DownloadTimeout = Duration("DownloadTimeout", downloadTimeout);
            }

            if (Value(section, "TokenRefreshMargin") is string margin)
            {
                options.TokenRefreshMargin = Duration("TokenRefreshMargin", margin);
            }

            IConfigurationSection retry = section.GetSection("Retry");
            if (Value(retry, "MaxRetries") is string maxRetries)
            {
                options.Retry.MaxRetries = int.TryParse(maxRetries, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count)
                    ? count
                    : throw Bad("Retry:MaxRetries", "a whole number", maxRetries);
            }

            if (Value(retry, "Delay") is string delay)
            {
                options.Retry.Delay = Duration("Retry:Delay", delay);
            }

            if (Value(retry, "MaxDelay") is string maxDelay)
            {
                options.Retry.MaxDelay = Duration("Retry:MaxDelay", maxDelay);
            }
        }

        private static string? Value(IConfiguration section, string key) =>
            section[key] is string value && value.Trim().Length > 0 ? value.Trim() : null;

        private static TimeSpan Duration(string key, string text)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out TimeSpan span)
                ? span
                : throw Bad(key, "a time span such as 00:01:40, or seconds", text);
        }

        private static FormatException Bad(string key, string expected, string value) =>
            new FormatException($"Configuration {SectionName}:{key} must be {expected}; '{value}' is not.");
    }
}
