using System;
using System.Threading;
using AiStudios;
using AiStudios.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers <see cref="AiStudiosClient"/> in a service collection.</summary>
    public static class AiStudiosServiceCollectionExtensions
    {
        /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> the client sends with, for <c>IHttpClientFactory</c>.</summary>
        public const string HttpClientName = "AiStudios";

        /// <summary>
        /// Registers a singleton <see cref="AiStudiosClient"/> whose options come from the <c>AiStudios</c> section of
        /// <paramref name="configuration"/> (<c>BaseAddress</c>, <c>AppId</c>, <c>UserKey</c>, <c>Timeout</c>,
        /// <c>TokenRefreshMargin</c>, <c>Retry:MaxRetries</c>, <c>Retry:Delay</c>, <c>Retry:MaxDelay</c>). Pass the
        /// section itself, or any configuration that holds it.
        /// </summary>
        /// <param name="services">The services.</param>
        /// <param name="configuration">The configuration root, or the <c>AiStudios</c> section.</param>
        /// <param name="configure">Changes the options after binding (e.g. a <see cref="AiStudiosClientOptions.TokenProvider"/>); may be null.</param>
        /// <returns>The builder of the named HTTP client: add handlers to it, or configure it further.</returns>
        public static IHttpClientBuilder AddAiStudios(this IServiceCollection services, IConfiguration configuration, Action<AiStudiosClientOptions>? configure = null)
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            IConfiguration section = configuration is IConfigurationSection { Key: AiStudiosConfiguration.SectionName }
                ? configuration
                : configuration.GetSection(AiStudiosConfiguration.SectionName);
            return services.AddAiStudios(options =>
            {
                AiStudiosConfiguration.Bind(section, options);
                configure?.Invoke(options);
            });
        }

        /// <summary>Registers a singleton <see cref="AiStudiosClient"/> configured in code.</summary>
        /// <param name="services">The services.</param>
        /// <param name="configure">Sets the options.</param>
        /// <returns>The builder of the named HTTP client: add handlers to it, or configure it further.</returns>
        /// <remarks>
        /// The client is a singleton so that every caller shares one cached token. It takes its
        /// <see cref="System.Net.Http.HttpClient"/> from <c>IHttpClientFactory</c> once; the primary handler recycles
        /// its connections every 5 minutes (<c>PooledConnectionLifetime</c>) so that DNS changes are followed, which is
        /// the pattern Microsoft documents for long-lived clients of the factory.
        /// </remarks>
        public static IHttpClientBuilder AddAiStudios(this IServiceCollection services, Action<AiStudiosClientOptions> configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            services.AddOptions();
            services.Configure(configure);
            IHttpClientBuilder builder = services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);

            // IHttpClientFactory's logging handlers write every request header at Trace, and Microsoft.Extensions.Http
            // 8.x does not redact them by default: the bearer token would land in the logs. Redact every header value.
            builder.RedactLoggedHeaders(static _ => true);
#if NET5_0_OR_GREATER
            builder
                .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
#endif
            // Innermost, after every handler any configuration adds (including ConfigureHttpClientDefaults): refuses a
            // second send of a billable request by an app-wide retry handler.
            services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Http.IHttpMessageHandlerBuilderFilter, BillableRequestGuardFilter>());
            services.TryAddSingleton(provider => new AiStudiosClient(
                provider.GetRequiredService<System.Net.Http.IHttpClientFactory>().CreateClient(HttpClientName),
                provider.GetRequiredService<IOptions<AiStudiosClientOptions>>().Value,
                provider.GetService<ILoggerFactory>()?.CreateLogger<AiStudiosClient>()));
            return builder;
        }
    }
}
