using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// One call to the API, as the client sends it: method, path, body, and what a second send would do. Adding an
    /// endpoint is one of these plus a reader of its <c>data</c>.
    /// </summary>
    internal sealed class ApiRequest
    {
        private static readonly MediaTypeHeaderValue JsonContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new MediaTypeWithQualityHeaderValue("application/json");

        public ApiRequest(HttpMethod method, string path, byte[]? body = null, CallKind kind = CallKind.Repeatable, bool authenticated = true)
        {
            Method = method;
            Path = path;
            Body = body;
            Kind = kind;
            Authenticated = authenticated;
        }

        public HttpMethod Method { get; }

        /// <summary>The path relative to the API base, without a leading slash, ids already escaped: <c>editor/project</c>.</summary>
        public string Path { get; }

        /// <summary>
        /// The query string without its <c>?</c>, values already escaped, or null. Not part of <see cref="Endpoint"/>:
        /// exception messages and logs name the call, not the values sent.
        /// </summary>
        public string? Query { get; private set; }

        /// <summary>The UTF-8 JSON body, or null for none.</summary>
        public byte[]? Body { get; }

        /// <summary>Makes a body that is not JSON (a multipart upload), new for every try; null for none.</summary>
        public Func<HttpContent>? ContentFactory { get; private set; }

        /// <summary>What a second send would do.</summary>
        public CallKind Kind { get; }

        /// <summary>
        /// Whether the call may be sent again after it possibly reached the service (GET, DELETE, token requests, edits
        /// without export). A call that is not repeatable (it creates a project or starts a render) is sent again only
        /// when the service provably did not act on it: the connection was never made, the service answered 429, or it
        /// refused the token (401).
        /// </summary>
        public bool Repeatable => Kind == CallKind.Repeatable;

        /// <summary>Whether the call carries the token in <c>Authorization</c>.</summary>
        public bool Authenticated { get; }

        /// <summary>The call as people and the exception name it: <c>POST /editor/project</c>.</summary>
        public string Endpoint => Method.Method + " /" + Path;

        public static ApiRequest Get(string path) => new ApiRequest(HttpMethod.Get, path);

        /// <summary>A POST; <paramref name="kind"/> says what sending it twice would do.</summary>
        public static ApiRequest Post(string path, byte[] body, CallKind kind) => new ApiRequest(HttpMethod.Post, path, body, kind);

        /// <summary>A POST whose body <paramref name="content"/> makes afresh for every try (a multipart upload).</summary>
        public static ApiRequest Post(string path, Func<HttpContent> content, CallKind kind) =>
            new ApiRequest(HttpMethod.Post, path, null, kind) { ContentFactory = content };

        public static ApiRequest Delete(string path, byte[] body) => new ApiRequest(HttpMethod.Delete, path, body);

        /// <summary>This request with <paramref name="query"/> (escaped, without <c>?</c>) added to its URI.</summary>
        public ApiRequest WithQuery(string? query)
        {
            Query = string.IsNullOrEmpty(query) ? null : query;
            return this;
        }

        /// <summary>
        /// The message for one try. <paramref name="token"/> goes into <c>Authorization</c> raw, as every official
        /// sample sends it (no "Bearer"); the token cache only hands out tokens a header can carry.
        /// </summary>
        public HttpRequestMessage ToMessage(Uri baseAddress, string? token)
        {
            var message = new HttpRequestMessage(Method, new Uri(baseAddress, Query is null ? Path : Path + "?" + Query));
            message.Headers.Accept.Add(AcceptJson);
            if (token is not null)
            {
                message.Headers.TryAddWithoutValidation("Authorization", token);
            }

            if (!Repeatable)
            {
                BillableRequestGuard.MarkOnce(message, Kind);
            }

            if (Body is not null)
            {
                message.Content = new ByteArrayContent(Body);
                message.Content.Headers.ContentType = JsonContentType;
            }
            else if (ContentFactory is not null)
            {
                message.Content = ContentFactory();
            }

            return message;
        }
    }
}
