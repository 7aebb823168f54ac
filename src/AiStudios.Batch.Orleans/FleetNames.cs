namespace AiStudios.Batch.Orleans
{
    /// <summary>Names the fleet's grains and providers agree on.</summary>
    public static class FleetNames
    {
        /// <summary>The grain storage provider every fleet grain persists its state in (<c>AddAiStudiosFleetStorage</c> registers it).</summary>
        public const string StorageName = "aistudios-batch";

        /// <summary>The key of the cluster's one limiter grain (renders in flight, create rate, 429 pause).</summary>
        public const string LimiterKey = "aistudios";
    }
}
