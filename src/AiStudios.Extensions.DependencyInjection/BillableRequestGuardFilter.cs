using System;
using AiStudios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace AiStudios.Extensions.DependencyInjection
{
    /// <summary>
    /// Adds <see cref="BillableRequestGuard"/> as the innermost handler of the AI Studios client, after every other
    /// configuration has run (a filter wraps them all), so that no retry handler, from the app's
    /// <c>ConfigureHttpClientDefaults</c> or added to the client's builder, sits inside it.
    /// </summary>
    internal sealed class BillableRequestGuardFilter : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            next(builder);
            if (string.Equals(builder.Name, AiStudiosServiceCollectionExtensions.HttpClientName, StringComparison.Ordinal))
            {
                builder.AdditionalHandlers.Add(new BillableRequestGuard());
            }
        };
    }
}
