using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace AiStudios.Benchmarks
{
    /// <summary>
    /// The client's own cost per call, with neither network nor server: an in-memory handler answers every request at
    /// once with canned envelope bytes, so what is timed is the client (request, cached token, retry loop, per-try
    /// timeout, reading and parsing the answer). The baseline is the same GET made with the same
    /// <see cref="HttpClient"/> and handler, its body read. Only public API is used, so the same file measures any
    /// version of the client (docs/performance.md compares the client before and after its pipeline was split).
    /// </summary>
    [Config(typeof(BenchmarkConfig))]
    public class ClientPipelineBenchmarks
    {
        private const string ProjectId = "66a0f1c2e4b0a1b2c3d4e5f6";
        private const string Token = "bench-token-not-a-jwt";
        private static readonly Uri BaseAddress = new Uri("http://127.0.0.1:9/api/odin/v3/");
        private static readonly Uri ProgressUri = new Uri(BaseAddress, "editor/progress/" + ProjectId);

        private HttpClient _http = null!;
        private AiStudiosClient _client = null!;

        [GlobalSetup]
        public void Setup()
        {
            _http = new HttpClient(new CannedHandler());
            _client = new AiStudiosClient(_http, new AiStudiosClientOptions { BaseAddress = BaseAddress, AppId = "bench-app", UserKey = "bench-key" });

            // Fetch and cache the token outside the measurement.
            _client.GetProgressAsync(ProjectId).GetAwaiter().GetResult();
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _client.Dispose();
            _http.Dispose();
        }

        [Benchmark(Baseline = true, Description = "HttpClient GET, body read")]
        public async Task<int> RawGet()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ProgressUri);
            request.Headers.TryAddWithoutValidation("Authorization", Token);
            using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return body.Length;
        }

        [Benchmark(Description = "GetProgressAsync (repeatable GET)")]
        public async Task<double> GetProgress() => (await _client.GetProgressAsync(ProjectId).ConfigureAwait(false)).Percent;

        [Benchmark(Description = "ExportProjectAsync (billable POST)")]
        public async Task<string> Export() => (await _client.ExportProjectAsync(ProjectId).ConfigureAwait(false)).ProjectId;

        /// <summary>Answers at once: a token, a progress reading, or a created project id.</summary>
        private sealed class CannedHandler : HttpMessageHandler
        {
            private static readonly byte[] TokenAnswer = Encoding.UTF8.GetBytes("{\"success\":true,\"data\":{\"token\":\"" + Token + "\"}}");
            private static readonly byte[] ProgressAnswer = Encoding.UTF8.GetBytes("{\"success\":true,\"data\":{\"progress\":42.5,\"state\":\"exporting\"}}");
            private static readonly byte[] ProjectAnswer = Encoding.UTF8.GetBytes("{\"success\":true,\"data\":{\"projectId\":\"" + ProjectId + "\"}}");
            private static readonly MediaTypeHeaderValue Json = new MediaTypeHeaderValue("application/json");

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                string path = request.RequestUri!.AbsolutePath;
                byte[] body = path.EndsWith("/auth/token", StringComparison.Ordinal) ? TokenAnswer
                    : path.Contains("/editor/progress/", StringComparison.Ordinal) ? ProgressAnswer
                    : ProjectAnswer;
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = Json;
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
            }
        }
    }
}
