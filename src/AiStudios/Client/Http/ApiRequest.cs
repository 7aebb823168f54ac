using System.Net.Http;

namespace AiStudios.Client.Http
{
    /// <summary>One call to the API, as the pipeline needs it: what to send and whether sending it twice is harmless.</summary>
    internal sealed class ApiRequest
    {
        public ApiRequest(HttpMethod method, string path, byte[]? body = null, bool repeatable = true, bool authenticated = true)
        {
            Method = method;
            Path = path;
            Body = body;
            Repeatable = repeatable;
            Authenticated = authenticated;
        }

        public HttpMethod Method { get; }

        /// <summary>The path relative to the API base, without a leading slash: <c>editor/project</c>.</summary>
        public string Path { get; }

        /// <summary>The UTF-8 JSON body, or null for none.</summary>
        public byte[]? Body { get; }

        /// <summary>
        /// Whether the call may be sent again after it possibly reached the service (GET, DELETE, token requests).
        /// A call that is not repeatable (it starts a billable render) is sent again only when the service provably
        /// did not act on it: the connection was never made, the service answered 429, or it refused the token (401).
        /// </summary>
        public bool Repeatable { get; }

        /// <summary>Whether the call carries the token in <c>Authorization</c>.</summary>
        public bool Authenticated { get; }

        /// <summary>The call as people and the exception name it: <c>POST /editor/project</c>.</summary>
        public string Endpoint => Method.Method + " /" + Path;
    }
}
