using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>
/// The emulator under abuse: body caps per route (token bodies tiny), 415 for bodies that are not JSON, an envelope
/// for a path holding <c>%00</c>, a bounded store, and bounded latency faults.
/// </summary>
public sealed class AbuseTests : EmulatorTest
{
    public static TheoryData<string, string, int> BodyLimits => new()
    {
        { "POST", "auth/token", 16 * 1024 },
        { "DELETE", "editor/project", 1024 * 1024 },
        { "POST", "editor/project/export", 64 * 1024 },
        { "POST", "editor/project/000000000000000000000000", 1024 * 1024 },
        { "POST", "simple/video", 1024 * 1024 },
        { "POST", "editor/project", 10 * 1024 * 1024 },
    };

    [Theory]
    [MemberData(nameof(BodyLimits))]
    public async Task Each_route_refuses_a_body_over_its_limit_with_a_413_envelope(string method, string path, int limit)
    {
        var token = await TokenAsync();

        var declared = await SendBytesAsync(method, path, new byte[limit + 1], token, chunked: false);
        var streamed = await SendBytesAsync(method, path, new byte[limit + 1], token, chunked: true);

        foreach (var answer in new[] { declared, streamed })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
            Assert.Equal("BODY_TOO_LARGE", answer.ErrorCode);
            Assert.Contains(limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), answer.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_request_of_one_MiB_is_refused_without_being_parsed()
    {
        var body = "{\"appId\":\"" + new string('a', 1024 * 1024) + "\",\"userKey\":\"x\"}";

        var answer = await SendAsync(HttpMethod.Post, "auth/token", rawBody: body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal(0, Server.State.TokensIssued);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_body_that_is_not_declared_JSON_is_415(string contentType)
    {
        var token = await TokenAsync();

        foreach (var (method, path, _) in BodyLimits.Select(row => ((string)row[0], (string)row[1], (int)row[2])))
        {
            var answer = await SendBytesAsync(method, path, Encoding.UTF8.GetBytes("{}"), token, contentType: contentType);

            Assert.True(answer.Status == HttpStatusCode.UnsupportedMediaType, $"{method} {path}: {answer}");
            Assert.Equal("UNSUPPORTED_MEDIA_TYPE", answer.ErrorCode);
        }
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=UTF-8")]
    [InlineData("application/vnd.aistudios+json")]
    [InlineData(null)]
    public async Task JSON_content_types_and_none_at_all_are_accepted(string? contentType)
    {
        var answer = await SendBytesAsync("POST", "auth/token", Encoding.UTF8.GetBytes("{\"appId\":\"emulator-app\",\"userKey\":\"emulator-key\"}"), token: null, contentType: contentType);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
    }

    [Theory]
    [InlineData("editor/project/%00")]
    [InlineData("editor/project/a%00b")]
    [InlineData("editor/progress/%00")]
    [InlineData("editor/project/a%0Ab")]
    [InlineData("editor/project/a%1Bb")]
    [InlineData("%00")]
    public async Task A_path_holding_a_control_character_is_a_400_envelope(string path)
    {
        var token = await TokenAsync();

        var answer = await GetAsync(path, token);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("INVALID_PATH", answer.ErrorCode);
        Assert.DoesNotContain("\n", answer.Json["error"]!["msg"]!.GetValue<string>(), StringComparison.Ordinal);

        // The connection is still usable: the refusal is an ordinary answer, not Kestrel hanging up.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("auth", token)).Status);
    }

    [Fact]
    public async Task A_raw_nul_path_on_a_kept_alive_connection_gets_the_envelope_and_the_next_request_is_served()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, Server.Port);
        using var stream = socket.GetStream();
        var requests = "GET /api/odin/v3/editor/project/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            + "GET /api/odin/v3/auth HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(requests));

        var text = await new System.IO.StreamReader(stream, Encoding.UTF8).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("HTTP/1.1 400 Bad Request", text, StringComparison.Ordinal);
        Assert.Contains("\"INVALID_PATH\"", text, StringComparison.Ordinal);
        Assert.Contains("\"isAuthenticated\":false", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_latency_fault_adding_up_to_more_than_60_seconds_is_refused()
    {
        var header = string.Join(",", Enumerable.Repeat("latency=60000", 1000));

        var answer = await GetAsync("auth", fault: header);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("INVALID_FAULT", answer.ErrorCode);
        Assert.True(answer.Body.Length < 1000, answer.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentException>(() => Server.Faults.Enqueue("*", "latency=40000,latency=40000"));
    }

    [Fact]
    public void The_fault_schedule_holds_a_bounded_number_of_rules()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            for (int i = 0; i < 100_000; i++)
            {
                Server.Faults.Enqueue("/model", "latency=60000", count: 1000);
            }
        });

        Assert.Contains("rules", error.Message, StringComparison.Ordinal);
        Assert.True(Server.Faults.Pending <= 1000, Server.Faults.Pending.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<ApiResponse> SendBytesAsync(string method, string path, byte[] body, string? token, bool chunked = false, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = chunked ? new StreamContent(new System.IO.MemoryStream(body)) : new ByteArrayContent(body),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }

        request.Headers.ExpectContinue = true;
        using var response = await Http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers, response.Content.Headers);
    }
}

/// <summary>The store is bounded (configurable): a full store refuses new projects with 507 and an envelope.</summary>
public sealed class StoreLimitTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions()
    {
        var options = TestOptions.Fast();
        options.MaxStoredProjects = 2;
        return options;
    }

    [Fact]
    public async Task A_full_store_refuses_new_projects_until_one_is_deleted()
    {
        var token = await TokenAsync();
        var first = await CreateSeedAsync(token);
        await CreateSeedAsync(token);

        var refused = await PostAsync("editor/project", RepoPaths.SeedProject(), token);
        Assert.Equal(507, (int)refused.Status);
        Assert.Equal("STORE_FULL", refused.ErrorCode);
        Assert.Contains("MaxStoredProjects", refused.Json["error"]!["msg"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, Server.State.Projects.Count);

        await SendAsync(HttpMethod.Delete, "editor/project", new JsonObject { ["ids"] = new JsonArray(first) }, token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await PostAsync("editor/project", RepoPaths.SeedProject(), token)).Status);
    }

    [Fact]
    public async Task A_store_bounded_in_bytes_refuses_a_project_that_does_not_fit()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, MaxStoredBytes = 64 * 1024 });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var token = JsonNode.Parse(await (await http.PostAsync("auth/token", new StringContent("{\"appId\":\"emulator-app\",\"userKey\":\"emulator-key\"}", Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync())!["data"]!["token"]!.GetValue<string>();
        var big = RepoPaths.SeedProject();
        big["blob"] = new string('x', 40 * 1024);

        async Task<int> CreateAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "editor/project") { Content = new StringContent(big.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Authorization", token);
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode;
        }

        Assert.Equal(200, await CreateAsync());
        Assert.Equal(507, await CreateAsync());
    }
}

/// <summary>
/// Logs never hold a value that could be a key (an app id as received: a user who swapped the halves sends the user
/// key there) and cannot be forged: a newline or escape from a request arrives escaped, and long values capped.
/// </summary>
public sealed class LogSanitizingTests
{
    [Fact]
    public async Task Received_app_ids_paths_and_token_claims_reach_the_log_escaped_or_not_at_all()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, ConfigureLogging = logging => logging.AddProvider(logs) });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        // A swapped key pair: the user key where the app id belongs, with a newline to forge a line.
        await http.PostAsync("auth/token", new StringContent("{\"appId\":\"uk-SWAPPED-user-key\\nFORGED: admin logged in\",\"userKey\":\"x\"}", Encoding.UTF8, "application/json"));

        // A token whose (unsigned) claims carry the same.
        string claims = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"appId\":\"uk-SWAPPED-user-key\\nFORGED\",\"exp\":9999999999}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using (var request = new HttpRequestMessage(HttpMethod.Get, "editor/project"))
        {
            request.Headers.TryAddWithoutValidation("Authorization", "eyJhbGciOiJIUzI1NiJ9." + claims + ".AAAA");
            await http.SendAsync(request);
        }

        // A path with a newline and an escape sequence, on a request a fault makes the emulator log.
        using (var request = new HttpRequestMessage(HttpMethod.Get, "editor/project/x%0AFORGED%1B[31m" + new string('y', 5000)))
        {
            request.Headers.Add("X-Emulator-Fault", "500");
            await http.SendAsync(request);
        }

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("SWAPPED", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains('\n') || m.Contains('\r') || m.Contains('\u001b'));
        Assert.All(logs.Messages, m => Assert.True(m.Length < 2000, $"a log message of {m.Length} characters"));
    }
}

/// <summary>The connection-level rewrite of %00 follows HTTP/1.1 framing: request targets only, never bodies.</summary>
public sealed class NulPathRewriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Only_request_targets_are_rewritten_whatever_the_read_boundaries(int chunk)
    {
        var stream =
            "POST /api/x%00 HTTP/1.1\r\nHost: a\r\nContent-Length: 26\r\n\r\n{\"t\":\"GET /a%00 HTTP/1.1\"}"
            + "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7\r\nGET /%0\r\n3;x=1\r\n0 y\r\n0\r\nTrailer: %00\r\n\r\n"
            + "\r\nGET /b%00%000 HTTP/1.1\r\nX-Path: /d%00\r\n\r\n";
        var expected = stream
            .Replace("POST /api/x%00", "POST /api/x%01", StringComparison.Ordinal)
            .Replace("GET /b%00%000", "GET /b%01%010", StringComparison.Ordinal);
        var bytes = Encoding.ASCII.GetBytes(stream);
        var scanner = new AiStudios.Emulator.Hosting.NulPathRewriter.RequestStreamScanner();

        for (var start = 0; start < bytes.Length; start += chunk)
        {
            scanner.Rewrite(bytes.AsSpan(start, Math.Min(chunk, bytes.Length - start)));
        }

        Assert.Equal(expected, Encoding.ASCII.GetString(bytes));
    }
}

/// <summary>
/// A stored project costs about what its body weighed (it once cost nine times that, as a tree of nodes). Measured
/// with the process's whole heap, so it runs alone, after the tests that run in parallel.
/// </summary>
[Collection(nameof(StoreCostTests))]
public sealed class StoreCostTests : EmulatorTest
{
    [Fact]
    public async Task A_stored_draft_costs_at_most_two_and_a_half_times_its_body()
    {
        var token = await TokenAsync();
        var draft = RepoPaths.SeedProject();
        draft["isExport"] = false;
        var body = draft.ToJsonString();
        await PostAsync("editor/project", draft, token);

        const int Count = 300;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Count; i++)
        {
            var answer = await SendAsync(HttpMethod.Post, "editor/project", token: token, rawBody: body);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
        }

        long after = GC.GetTotalMemory(forceFullCollection: true);
        double perProject = (after - before) / (double)Count;
        Assert.True(perProject < 2.5 * body.Length, $"a stored {body.Length}-byte draft costs {perProject:0} bytes");
    }
}

[CollectionDefinition(nameof(StoreCostTests), DisableParallelization = true)]
public sealed class StoreCostCollection
{
}
