using System;
using Microsoft.Extensions.Configuration;

namespace AiStudios.Batch.Orleans.Hosting
{
    /// <summary>
    /// The keys of <c>AiStudios:Fleet</c> that silos and clients must read alike (cluster identity, Redis, ports), with
    /// their defaults in one place: a client only finds the silos when both sides agree on them.
    /// </summary>
    internal sealed class FleetClusterSettings
    {
        private const string DefaultId = "aistudios-batch";

        private readonly IConfigurationSection _section;

        public FleetClusterSettings(IConfiguration configuration)
        {
            _section = configuration.GetSection(BatchFleetOptions.SectionName);
        }

        public IConfigurationSection Section => _section;

        public string ClusterId => _section["ClusterId"] ?? DefaultId;

        public string ServiceId => _section["ServiceId"] ?? DefaultId;

        public int SiloPort => _section.GetValue("SiloPort", 11111);

        public int GatewayPort => _section.GetValue("GatewayPort", 30000);

        /// <summary>The Redis connection string, refused when absent since <paramref name="because"/> needs it.</summary>
        public string RequiredRedis(string because) => Required(_section["Redis"], "Redis", because);

        public static string Required(string? value, string key, string because) =>
            string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"AiStudios:Fleet:{key} must be set when {because}.") : value!;
    }
}
