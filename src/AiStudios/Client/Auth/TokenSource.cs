namespace AiStudios.Client.Auth
{
    /// <summary>Where a token cache's tokens come from, as its errors name it.</summary>
    internal sealed class TokenSource
    {
        public static readonly TokenSource Service = new TokenSource("the service's answer to POST /auth/token", "POST /auth/token");

        public static readonly TokenSource Provider = new TokenSource("the token provider (AiStudiosClientOptions.TokenProvider)", null);

        private TokenSource(string description, string? endpoint)
        {
            Description = description;
            Endpoint = endpoint;
        }

        public string Description { get; }

        /// <summary>The call that fetched the token, or null when it came from the application.</summary>
        public string? Endpoint { get; }
    }
}
