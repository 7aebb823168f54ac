using System;
using System.Linq;
using System.Net;
using AiStudios.AspNetCore;
using AiStudios.Batch.Orleans.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using StackExchange.Redis;

namespace AiStudios.Batch.Orleans.Hosting
{
    /// <summary>
    /// <c>silo.AddAiStudiosBatchFleet(configuration)</c>: a silo that works batch items, with its providers chosen by
    /// configuration (section <c>AiStudios:Fleet</c>).
    /// </summary>
    /// <example>
    /// <code>
    /// "AiStudios": { "Fleet": {
    ///   "Clustering": "Redis", "Storage": "Redis", "Redis": "127.0.0.1:6379",
    ///   "MaxRendersInFlight": 50, "CreatesPerMinute": 600,
    ///   "BaseAddress": "https://app.aistudios.com/api/odin/v3/", "AppId": "...", "UserKey": "(from a secret store)" } }
    /// </code>
    /// </example>
    public static class FleetSiloBuilderExtensions
    {
        /// <summary>
        /// Registers the fleet's grains' services and options from <c>AiStudios:Fleet</c>, and the providers it names:
        /// <list type="bullet">
        /// <item><c>Clustering</c>: <c>Localhost</c> (development; <c>SiloPort</c>, <c>GatewayPort</c>, and
        /// <c>PrimarySiloPort</c> for the second silo on one host on), <c>Redis</c> (the <c>Redis</c> connection string), or
        /// <c>None</c> (the host configures it, e.g. a test cluster). Default: <c>None</c>.</item>
        /// <item><c>Storage</c>: <c>Redis</c>, <c>Sqlite</c> (<c>SqlitePath</c>: silos of one host), or <c>None</c> (the host
        /// registers <see cref="FleetNames.StorageName"/> itself). Default: <c>None</c>. There is no memory option on purpose:
        /// Orleans' memory storage loses item states when a silo dies, and with them the record of creates in flight.</item>
        /// <item><c>ClusterId</c>, <c>ServiceId</c>: default <c>aistudios-batch</c>. With Redis clustering and <c>SiloPort</c>
        /// set, the silo's endpoints: <c>SiloPort</c>, <c>GatewayPort</c> (30000) and <c>AdvertisedIP</c> (127.0.0.1: set the
        /// host's address when silos run on several hosts); without <c>SiloPort</c> the host configures them.</item>
        /// <item><c>WebhookSecrets</c>: the webhook tokens (with <c>WebhookBaseUrl</c>; see <c>MapAiStudiosFleetWebhook</c>).</item>
        /// </list>
        /// </summary>
        /// <param name="silo">The silo.</param>
        /// <param name="configuration">The configuration (its <c>AiStudios:Fleet</c> section is read).</param>
        /// <returns>The silo.</returns>
        public static ISiloBuilder AddAiStudiosBatchFleet(this ISiloBuilder silo, IConfiguration configuration)
        {
            if (silo is null)
            {
                throw new ArgumentNullException(nameof(silo));
            }

            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            var settings = new FleetClusterSettings(configuration);
            IConfigurationSection section = settings.Section;
            string clustering = section["Clustering"] ?? "None";
            string storage = section["Storage"] ?? "None";

            switch (clustering.ToLowerInvariant())
            {
                case "localhost":
                    int? primary = section.GetValue<int?>("PrimarySiloPort");
                    silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, primary is int p ? new IPEndPoint(IPAddress.Loopback, p) : null, settings.ServiceId, settings.ClusterId);
                    break;
                case "redis":
                    silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
                    silo.UseRedisClustering(settings.RequiredRedis("Clustering = Redis"));

                    // With SiloPort set, the endpoints are this section's, on 127.0.0.1 unless told otherwise (a silo that
                    // other hosts must reach is given its address on purpose); without it, the host's (a test cluster's).
                    if (section["SiloPort"] is not null)
                    {
                        IPAddress advertised = IPAddress.Parse(section["AdvertisedIP"] ?? "127.0.0.1");
                        silo.ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
                    }

                    break;
                case "none":
                    break;
                default:
                    throw new InvalidOperationException($"AiStudios:Fleet:Clustering is '{Short(clustering)}'; use Localhost, Redis or None.");
            }

            switch (storage.ToLowerInvariant())
            {
                case "redis":
                    silo.AddAiStudiosFleetRedisStorage(settings.RequiredRedis("Storage = Redis"));
                    break;
                case "sqlite":
                    silo.AddAiStudiosFleetSqliteStorage(FleetClusterSettings.Required(section["SqlitePath"], "SqlitePath", "Storage = Sqlite"));
                    break;
                case "none":
                    break;
                default:
                    throw new InvalidOperationException($"AiStudios:Fleet:Storage is '{Short(storage)}'; use Redis, Sqlite or None (Orleans memory storage loses item states when a silo dies).");
            }

            string[] secrets = section.GetSection("WebhookSecrets").GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();
            if (secrets.Length > 0)
            {
                silo.Services.AddAiStudiosWebhooks(o =>
                {
                    foreach (string secret in secrets)
                    {
                        o.Secrets.Add(secret);
                    }
                });
            }

            return silo.AddAiStudiosBatchFleet(options => section.Bind(options));
        }

        /// <summary>Registers the fleet's grains' services with options set in code (providers are the host's choice). The options are checked when the silo starts (<c>AppId</c> and <c>UserKey</c> set).</summary>
        /// <param name="silo">The silo.</param>
        /// <param name="configure">Sets the options (every silo the same).</param>
        /// <returns>The silo.</returns>
        public static ISiloBuilder AddAiStudiosBatchFleet(this ISiloBuilder silo, Action<BatchFleetOptions> configure)
        {
            if (silo is null)
            {
                throw new ArgumentNullException(nameof(silo));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            // Checked when the silo starts, not when the first item activates: a silo without credentials says so at once.
            silo.Services.AddOptions<BatchFleetOptions>()
                .Configure(configure)
                .Validate(o => !string.IsNullOrEmpty(o.AppId) && !string.IsNullOrEmpty(o.UserKey), "AiStudios:Fleet:AppId and AiStudios:Fleet:UserKey must be set: the silo's items create projects with them.")
                .Validate<IServiceProvider>(
                    (o, services) => o.WebhookBaseUrl is null || services.GetRequiredService<IOptions<AiStudiosWebhookOptions>>().Value.Secrets.Count > 0,
                    "AiStudios:Fleet:WebhookBaseUrl is set but no webhook secret is: set AiStudios:Fleet:WebhookSecrets (or call services.AddAiStudiosWebhooks), so that the URLs the items give the service carry a token.")
                .ValidateOnStart();
            silo.Services.AddSingleton<FleetServices>();
            return silo;
        }

        /// <summary>Persists the fleet's grains in one SQLite file (silos that share a disk; survives a killed silo).</summary>
        /// <param name="silo">The silo.</param>
        /// <param name="path">The database file.</param>
        /// <returns>The silo.</returns>
        public static ISiloBuilder AddAiStudiosFleetSqliteStorage(this ISiloBuilder silo, string path)
        {
            silo.Services.AddGrainStorage(FleetNames.StorageName, (services, _) => new SqliteGrainStorage(path, services.GetRequiredService<IGrainStorageSerializer>()));
            return silo;
        }

        /// <summary>Persists the fleet's grains in Redis (the production choice with Redis clustering).</summary>
        /// <param name="silo">The silo.</param>
        /// <param name="connectionString">The Redis connection string (StackExchange.Redis syntax).</param>
        /// <returns>The silo.</returns>
        public static ISiloBuilder AddAiStudiosFleetRedisStorage(this ISiloBuilder silo, string connectionString)
        {
            ConfigurationOptions redis = ConfigurationOptions.Parse(connectionString);
            silo.AddRedisGrainStorage(FleetNames.StorageName, o => o.ConfigurationOptions = redis);
            return silo;
        }

        private static string Short(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
    }
}
