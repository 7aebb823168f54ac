using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>
/// Every fault switch of the emulator, once against a call that is safe to repeat (a GET, retried) and once
/// against create (a billable render: retried only when the service provably did not act on it).
/// </summary>
public sealed class FaultTests : ClientTest
{
    private const string List = "/editor/project";

    /// <summary>
    /// How long the emulator holds a slow answer (latency fault): an upper bound that a loaded machine cannot reach
    /// unless the client waited for the answer instead of timing out.
    /// </summary>
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(20);

    private int GetCount => Emulator.State.RequestCount("GET", "/editor/project");

    private int PostCount => Emulator.State.RequestCount("POST", "/editor/project");

    [Theory]
    [InlineData("429=0")]
    [InlineData("503")]
    [InlineData("503=0")]
    [InlineData("html")]
    [InlineData("reset")]
    public async Task A_transient_fault_on_a_get_is_retried_and_the_call_succeeds(string fault)
    {
        Emulator.Faults.Enqueue(List, fault, count: 2, method: "GET");

        var projects = await Client.ListProjectsAsync();

        Assert.Empty(projects);
        Assert.Equal(3, GetCount);
        Assert.Contains(Log.Lines, line => line.Contains("Retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_the_get_is_retried()
    {
        // The first try must time out and the retry must not, under the same real per-try timer. The retry is a warm
        // loopback GET with the token in process: about 5 ms, though once over 1 s at a load average of 25 on two
        // cores, hence 3 s.
        await WarmUpAsync();
        using var client = NewClient(o =>
        {
            UseInProcessToken(o);
            o.Timeout = TimeSpan.FromSeconds(3);
        });
        Emulator.Faults.Enqueue(List, "latency=20000", count: 1, method: "GET");
        var watch = Stopwatch.StartNew();

        await client.ListProjectsAsync();

        Assert.Equal(2, GetCount);
        Assert.True(watch.Elapsed < SlowAnswer, $"took {watch.Elapsed}: the slow answer was waited for");
    }

    [Fact]
    public async Task Latency_within_the_timeout_is_just_waited_for()
    {
        Emulator.Faults.Enqueue(List, "latency=200", count: 1, method: "GET");

        await Client.ListProjectsAsync();

        Assert.Equal(1, GetCount);
    }

    [Fact]
    public async Task A_service_that_stays_slow_fails_with_a_timeout_after_the_retries_never_a_hang()
    {
        // Every try is meant to time out, so nothing has to beat the 200 ms: the token comes in process, and the tries
        // are counted as the client sends them (a try the emulator had no time to read is still a try).
        var sent = new RecordingHandler();
        using var client = NewClient(
            o =>
            {
                UseInProcessToken(o);
                o.Timeout = TimeSpan.FromMilliseconds(200);
                o.Retry.MaxRetries = 2;
            },
            new HttpClient(sent));
        Emulator.Faults.Enqueue(List, "latency=20000", count: 10, method: "GET");
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Equal(AiStudiosErrorCodes.Timeout, error.ErrorCode);
        Assert.Equal(0, error.Status);
        Assert.Contains("did not answer within", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, sent.Sent.Count(r => r.Request == "GET /api/odin/v3" + List));
        Assert.True(watch.Elapsed < SlowAnswer, $"took {watch.Elapsed}: a slow answer was waited for");
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        Emulator.Faults.Enqueue(List, "429=1", count: 1, method: "GET");
        var watch = Stopwatch.StartNew();

        await Client.ListProjectsAsync();

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {watch.Elapsed}");
        Assert.Equal(2, GetCount);
    }

    [Fact]
    public async Task A_retry_after_longer_than_max_delay_is_handed_to_the_caller_at_once()
    {
        Emulator.Faults.Enqueue(List, "429=60", count: 1, method: "GET");
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ListProjectsAsync());

        Assert.Equal(429, error.Status);
        Assert.Equal("RATE_LIMITED", error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}: the 60 s were waited for");
        Assert.Equal(1, GetCount);
    }

    [Fact]
    public async Task A_lasting_503_fails_after_max_retries_with_the_envelope_code()
    {
        Emulator.Faults.Enqueue(List, "503", count: 100, method: "GET");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ListProjectsAsync());

        Assert.Equal(503, error.Status);
        Assert.Equal("SERVICE_UNAVAILABLE", error.ErrorCode);
        Assert.Equal("The service is temporarily unavailable.", error.ServiceMessage);
        Assert.Equal("GET /editor/project", error.Endpoint);
        Assert.Equal(4, GetCount);
    }

    [Fact]
    public async Task A_500_is_not_retried()
    {
        Emulator.Faults.Enqueue(List, "500", count: 1, method: "GET");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ListProjectsAsync());

        Assert.Equal(500, error.Status);
        Assert.Equal("INTERNAL_ERROR", error.ErrorCode);
        Assert.Equal(1, GetCount);
    }

    [Fact]
    public async Task A_lasting_html_error_page_becomes_a_clear_exception()
    {
        Emulator.Faults.Enqueue(List, "html", count: 100, method: "GET");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ListProjectsAsync());

        Assert.Equal(502, error.Status);
        Assert.Equal(AiStudiosErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
        Assert.Contains("502 Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_answer_becomes_a_clear_exception()
    {
        Emulator.Faults.Enqueue(List, "malformed", count: 1, method: "GET");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ListProjectsAsync());

        Assert.Equal(200, error.Status);
        Assert.Equal(AiStudiosErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Contains("ends before its JSON does", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task A_lasting_connection_reset_becomes_a_clear_exception()
    {
        Emulator.Faults.Enqueue(List, "reset", count: 100, method: "GET");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.ListProjectsAsync());

        Assert.Equal(AiStudiosErrorCodes.ConnectionFailed, error.ErrorCode);
        Assert.Equal(0, error.Status);
        Assert.Equal(4, GetCount);
    }

    [Fact]
    public async Task Create_refused_with_429_is_sent_again_because_the_service_did_not_take_it()
    {
        Emulator.Faults.Enqueue(List, "429=0", count: 1, method: "POST");

        CreatedProject created = await Client.CreateProjectAsync(Projects.Hello());

        Assert.NotNull(Emulator.State.FindProject(created.ProjectId));
        Assert.Equal(2, PostCount);
        Assert.Equal(1, Emulator.State.ProjectsCreated);
    }

    [Theory]
    [InlineData("503", 503)]
    [InlineData("500", 500)]
    [InlineData("html", 502)]
    [InlineData("reset", 0)]
    public async Task Create_is_not_sent_again_after_a_fault_that_leaves_its_outcome_unknown(string fault, int status)
    {
        Emulator.Faults.Enqueue(List, fault, count: 1, method: "POST");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(Projects.Hello()));

        Assert.Equal(status, error.Status);
        Assert.True(error.IsOutcomeUnknown);
        Assert.Contains("ListProjectsAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, PostCount);
        Assert.Contains(Log.Lines, line => line.Contains("NotRetried", StringComparison.Ordinal) || fault is "500" or "html");
    }

    [Fact]
    public async Task Create_whose_answer_was_cut_short_is_not_sent_again_because_the_render_did_start()
    {
        Emulator.Faults.Enqueue(List, "malformed", count: 1, method: "POST");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(Projects.Hello()));

        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal(1, PostCount);

        // This is why: the emulator did create the project and start its render. A blind retry would render twice.
        Assert.Equal(1, Emulator.State.ProjectsCreated);
        Assert.Equal(1, Emulator.State.ExportsStarted);
    }

    [Fact]
    public async Task Create_that_times_out_is_not_sent_again()
    {
        // The create is meant to time out, so nothing has to beat the 300 ms: the token comes in process, and the
        // creates are counted as the client sends them (the emulator may not have read it before the client gave up).
        var sent = new RecordingHandler();
        using var client = NewClient(
            o =>
            {
                UseInProcessToken(o);
                o.Timeout = TimeSpan.FromMilliseconds(300);
            },
            new HttpClient(sent));
        Emulator.Faults.Enqueue(List, "latency=20000", count: 1, method: "POST");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.CreateProjectAsync(Projects.Hello()));

        Assert.Equal(AiStudiosErrorCodes.Timeout, error.ErrorCode);
        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal(1, sent.Sent.Count(r => r.Request == "POST /api/odin/v3" + List));
        Assert.True(PostCount <= 1);
    }

    [Theory]
    [InlineData("503", 503)]
    [InlineData("reset", 0)]
    [InlineData("malformed", 200)]
    public async Task A_draft_create_is_not_sent_again_either_because_a_second_draft_could_not_be_found(string fault, int status)
    {
        // A draft renders nothing, but it is still a new project, and GET /editor/project lists only exported ones:
        // a resend after the service had acted would leave a duplicate nobody can find.
        Emulator.Faults.Enqueue(List, fault, count: 1, method: "POST");
        Project draft = Projects.Hello();
        draft.IsExport = false;

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(draft));

        Assert.Equal(status, error.Status);
        Assert.True(error.IsOutcomeUnknown);
        Assert.Contains("draft", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("billable", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, PostCount);
    }

    [Fact]
    public async Task A_draft_create_refused_with_429_is_sent_again_because_the_service_did_not_take_it()
    {
        Emulator.Faults.Enqueue(List, "429=0", count: 1, method: "POST");
        Project draft = Projects.Hello();
        draft.IsExport = false;

        CreatedProject created = await Client.CreateProjectAsync(draft);

        Assert.False(created.RenderStarted);
        Assert.Equal(2, PostCount);
        Assert.Equal(1, Emulator.State.ProjectsCreated);
    }

    [Fact]
    public async Task A_simple_video_draft_is_not_sent_again_after_a_fault_that_leaves_its_outcome_unknown()
    {
        Emulator.Faults.Enqueue("/simple/video", "503", count: 1, method: "POST");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() =>
            Client.CreateSimpleVideoAsync(new SimpleVideoRequest("en", "Hi", "M000045058", "BG00002320")));

        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal(1, Emulator.State.RequestCount("POST", "/simple/video"));
    }

    [Fact]
    public async Task A_draft_edit_is_idempotent_so_it_is_retried_like_a_read()
    {
        Project draft = Projects.Hello();
        draft.IsExport = false;
        CreatedProject created = await Client.CreateProjectAsync(draft);
        Emulator.Faults.Enqueue("/editor/project/*", "503", count: 1, method: "POST");

        await Client.EditProjectAsync(created.ProjectId, [ProjectUpdate.Background(0).Set("source_color", "rgb(1,2,3)")]);

        Assert.Equal(2, Emulator.State.RequestCount("POST", "/editor/project/{id}"));
    }

    [Fact]
    public async Task Create_is_sent_again_when_the_connection_could_not_be_made_because_nothing_was_sent()
    {
        int closedPort = ClosedPort();
        using var http = new HttpClient(new FirstCreateGoesToPort(closedPort, new SocketsHttpHandler()));
        using var client = NewClient(http: http);

        CreatedProject created = await client.CreateProjectAsync(Projects.Hello());

        Assert.NotNull(Emulator.State.FindProject(created.ProjectId));
        Assert.Equal(1, PostCount);
        Assert.Contains(Log.Lines, line => line.Contains("could not connect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_fails_with_connection_failed_and_outcome_known()
    {
        using var client = new AiStudiosClient(new AiStudiosClientOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/"),
            AppId = "app",
            UserKey = "key",
            Retry = new AiStudiosRetryOptions { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(1) },
        });

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.CreateProjectAsync(Projects.Hello()));

        Assert.Equal(AiStudiosErrorCodes.ConnectionFailed, error.ErrorCode);
        Assert.Equal("POST /auth/token", error.Endpoint);
        Assert.False(error.IsOutcomeUnknown);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Sends the first create to a port nobody listens on: a real "connection refused" before any byte is sent.</summary>
    private sealed class FirstCreateGoesToPort(int port, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int redirected;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/editor/project", StringComparison.Ordinal)
                && Interlocked.Exchange(ref redirected, 1) == 0)
            {
                request.RequestUri = new UriBuilder(request.RequestUri) { Port = port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
