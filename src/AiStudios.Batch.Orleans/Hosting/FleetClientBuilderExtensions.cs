using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace AiStudios.Batch.Orleans.Hosting
{
    /// <summary><c>client.UseAiStudiosFleetClustering(configuration)</c>: an Orleans client that finds the fleet's silos.</summary>
    public static class FleetClientBuilderExtensions
    {
        /// <summary>
        /// Finds the silos the way <see cref="FleetSiloBuilderExtensions.AddAiStudiosBatchFleet(ISiloBuilder, IConfiguration)"/>
        /// made them findable (section <c>AiStudios:Fleet</c>): <c>Clustering</c> <c>Redis</c> (the <c>Redis</c>
        /// connection string) or <c>Localhost</c> (<c>GatewayPort</c>), with the same <c>ClusterId</c> and <c>ServiceId</c>.
        /// </summary>
        /// <param name="client">The client.</param>
        /// <param name="configuration">The configuration.</param>
        /// <returns>The client.</returns>
        public static IClientBuilder UseAiStudiosFleetClustering(this IClientBuilder client, IConfiguration configuration)
        {
            if (client is null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            var settings = new FleetClusterSettings(configuration);
            switch ((settings.Section["Clustering"] ?? "Localhost").ToLowerInvariant())
            {
                case "redis":
                    string redis = settings.RequiredRedis("Clustering = Redis");
                    client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
                    client.UseRedisClustering(redis);
                    break;
                case "localhost":
                    client.UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId);
                    break;
                default:
                    throw new InvalidOperationException("AiStudios:Fleet:Clustering must be Redis or Localhost for a client.");
            }

            return client;
        }
    }
}
