using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiStudios.AspNetCore
{
    /// <summary><c>services.AddAiStudiosWebhooks(o => o.Secrets.Add(secret))</c>.</summary>
    public static class WebhookServiceCollectionExtensions
    {
        /// <summary>
        /// Registers the webhook options (checked at the first use: at least one secret of 16 characters or more), the
        /// in-memory de-duplication store (unless another <see cref="IWebhookDeduplicationStore"/> is registered) and a
        /// <see cref="TimeProvider"/>.
        /// </summary>
        /// <param name="services">The services.</param>
        /// <param name="configure">Sets the secrets and limits.</param>
        /// <returns>The services.</returns>
        public static IServiceCollection AddAiStudiosWebhooks(this IServiceCollection services, Action<AiStudiosWebhookOptions> configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            services.AddOptions<AiStudiosWebhookOptions>().Configure(configure).Validate(
                options =>
                {
                    options.Validate();
                    return true;
                });
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<IWebhookDeduplicationStore>(provider => new InMemoryWebhookDeduplicationStore(provider.GetRequiredService<TimeProvider>()));
            return services;
        }

        /// <summary>A webhook URL with the token of the registered options (see <see cref="WebhookUrls.Create"/>).</summary>
        /// <param name="provider">The services.</param>
        /// <param name="url">The endpoint's public URL with your own parameters.</param>
        /// <returns>The URL for a project's <c>webhookUrl</c>.</returns>
        public static Uri CreateAiStudiosWebhookUrl(this IServiceProvider provider, Uri url) =>
            WebhookUrls.Create(url, provider.GetRequiredService<IOptions<AiStudiosWebhookOptions>>().Value);
    }
}
