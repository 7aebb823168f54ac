using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Emulator;

namespace AiStudios.Client.Tests;

/// <summary>
/// The user key and every token never appear in a log line, an exception's text or a ToString: a run through
/// successes and failures captures all three, and the secrets are searched for in what was captured.
/// </summary>
public sealed class SecretTests : ClientTest
{
    private const string UserKey = "uk-7f3a9c1e-SECRET-value";

    protected override EmulatorOptions CreateEmulatorOptions()
    {
        var options = base.CreateEmulatorOptions();
        options.Credentials = [new EmulatorCredential("secret-test-app", UserKey)];
        options.TokenLifetime = TimeSpan.FromSeconds(2);
        return options;
    }

    [Fact]
    public async Task No_secret_reaches_logs_exceptions_or_text()
    {
        // The per-try timeout must end the latency fault below, and nothing else: the calls meant to succeed run warm,
        // well inside 3 s even on a heavily loaded machine.
        await WarmUpAsync();
        var tokens = new ConcurrentBag<string>();
        var texts = new List<string>();
        using var http = new HttpClient(new TokenRecorder(tokens, new SocketsHttpHandler()));
        var options = ClientOptions(o => o.Timeout = TimeSpan.FromSeconds(3));
        texts.Add(options.ToString());
        using var client = new AiStudiosClient(http, options, Log);
        texts.Add(client.ToString());

        // Successes, a refresh after a refused token, and a render long enough to outlive a token.
        await client.CreateAndRenderAsync(Projects.Hello(), FastWait());
        Emulator.Faults.Enqueue("/editor/project", "expire-token", count: 1, method: "GET");
        await client.ListProjectsAsync();
        texts.Add(client.Tokens.Current!.ToString());

        // Every fault, each captured as exception text.
        foreach (string fault in new[] { "500", "html", "malformed", "reset", "latency=10000", "expire-token" })
        {
            Emulator.Faults.Enqueue("/editor/project", fault, count: 10);
            texts.Add((await Record.ExceptionAsync(() => client.CreateProjectAsync(Projects.Hello())))?.ToString() ?? "");
            Emulator.Faults.Clear();
        }

        Emulator.Faults.Enqueue("/auth/token", "500", count: 10);
        client.Tokens.Invalidate(client.Tokens.Current!.Value);
        texts.Add((await Record.ExceptionAsync(() => client.ListProjectsAsync()))?.ToString() ?? "");
        Emulator.Faults.Clear();

        // Wrong credentials: the refused key must not come back either.
        using var wrong = NewClient(o => o.UserKey = UserKey + "-wrong");
        texts.Add((await Record.ExceptionAsync(() => wrong.ListProjectsAsync()))?.ToString() ?? "");

        var validation = await Record.ExceptionAsync(() => client.CreateProjectAsync(Projects.Invalid()));
        texts.Add(validation!.ToString());

        Assert.True(tokens.Count >= 2, "the run used more than one token");
        string everything = string.Join("\n", texts) + "\n" + Log.AllText;
        Assert.Contains("expire", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UserKey, everything, StringComparison.Ordinal);
        foreach (string token in tokens.Distinct())
        {
            Assert.DoesNotContain(token, everything, StringComparison.Ordinal);

            // Not even the signature part of a token.
            Assert.DoesNotContain(token.Split('.')[2], everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_and_client_text_mask_the_key_and_most_of_the_app_id()
    {
        var options = new AiStudiosClientOptions { AppId = "my-app-id-123", UserKey = UserKey };
        using var client = new AiStudiosClient(options);

        Assert.DoesNotContain(UserKey, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("UserKey = ***", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("my-app-id-123", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(UserKey, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("my-app-id-123", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_echoes_secrets_back_has_them_masked()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(
                HttpStatusCode.BadRequest,
                $"{{\"success\": false, \"error\": {{\"code\": \"BAD_{StubHandler.Token}\", \"msg\": \"key stub-user-key-SECRET and token {StubHandler.Token} refused\", \"details\": [\"{StubHandler.Token}\"]}}}}"));
        using var client = handler.CreateClient(logger: Log);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        string text = error.ToString() + error.ServiceMessage + error.ErrorCode + string.Join(",", error.Details) + Log.AllText;
        Assert.DoesNotContain("stub-user-key-SECRET", text, StringComparison.Ordinal);
        Assert.DoesNotContain(StubHandler.Token, text, StringComparison.Ordinal);
        Assert.Contains("key *** and token *** refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_key_from_the_samples_is_refused_without_echoing_it()
    {
        var error = Assert.Throws<ArgumentException>(() => new AiStudiosClient("real-app", "${MY_USER_KEY}"));

        Assert.Contains("placeholder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MY_USER_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_credentials_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AiStudiosClient(new AiStudiosClientOptions { AppId = "a" }));
        Assert.Throws<ArgumentException>(() => new AiStudiosClient(new AiStudiosClientOptions { AppId = "a", UserKey = "k", BaseAddress = new Uri("ftp://x/") }));
    }

    /// <summary>Records the Authorization header of every request: the tokens that must never show up.</summary>
    private sealed class TokenRecorder(ConcurrentBag<string> tokens, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.TryGetValues("Authorization", out var values))
            {
                foreach (var value in values)
                {
                    tokens.Add(value);
                }
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>User info in the base address (http://user:secret@host) is never printed.</summary>
public sealed class BaseAddressUserInfoTests
{
    [Fact]
    public void User_info_is_stripped_from_the_base_address_and_never_printed()
    {
        var options = new AiStudiosClientOptions { BaseAddress = new Uri("http://user:hunter2-secret@example.test/"), AppId = "app", UserKey = "key" };

        Assert.DoesNotContain("hunter2-secret", options.ToString(), StringComparison.Ordinal);
        using var client = new AiStudiosClient(new System.Net.Http.HttpClient(), options);
        Assert.DoesNotContain("hunter2-secret", client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", client.BaseAddress.ToString(), StringComparison.Ordinal);
        Assert.Equal("", client.BaseAddress.UserInfo);

        var bad = new AiStudiosClientOptions { BaseAddress = new Uri("ftp://user:hunter2-secret@example.test/"), AppId = "app", UserKey = "key" };
        var e = Assert.Throws<ArgumentException>(() => new AiStudiosClient(new System.Net.Http.HttpClient(), bad));
        Assert.DoesNotContain("hunter2-secret", e.Message, StringComparison.Ordinal);
    }
}
