using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>
/// Cancelling a create that was already sent leaves its outcome unknown: the service may have created the project
/// (and started a billable render). That is an <see cref="AiStudiosException"/> with
/// <see cref="AiStudiosException.IsOutcomeUnknown"/> and the cancellation inside, so a caller that re-creates after
/// an exception is warned. Cancellation before anything was sent, and of calls safe to repeat, stays a plain
/// <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_a_create_after_it_was_sent_reports_an_unknown_outcome_with_the_cancellation_inside()
    {
        var handler = new HangingHandler(path => path.EndsWith("/editor/project", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource();

        var error = await CancelOnceHandlerIsEnteredAsync<AiStudiosException>(handler, cancel, (client, token) => client.CreateProjectAsync(Projects.Hello(), token));

        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal("CANCELED", error.ErrorCode);
        Assert.Equal("POST /editor/project", error.Endpoint);
        var inner = Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.Equal(cancel.Token, inner.CancellationToken);
        Assert.Contains("ListProjectsAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.CreatesSent);
    }

    [Fact]
    public async Task Cancelling_a_draft_create_after_it_was_sent_reports_an_unknown_outcome_too()
    {
        var handler = new HangingHandler(path => path.EndsWith("/editor/project", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource();
        Project draft = Projects.Hello();
        draft.IsExport = false;

        var error = await CancelOnceHandlerIsEnteredAsync<AiStudiosException>(handler, cancel, (client, token) => client.CreateProjectAsync(draft, token));

        Assert.True(error.IsOutcomeUnknown);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task Cancelling_an_export_after_it_was_sent_reports_an_unknown_outcome()
    {
        var handler = new HangingHandler(path => path.EndsWith("/editor/project/export", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource();

        var error = await CancelOnceHandlerIsEnteredAsync<AiStudiosException>(handler, cancel, (client, token) => client.ExportProjectAsync("p1", cancellationToken: token));

        Assert.True(error.IsOutcomeUnknown);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task Cancelling_before_the_create_is_sent_is_a_plain_cancellation_and_sends_nothing()
    {
        var handler = new HangingHandler(_ => false);
        using var client = CreateClient(handler);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var error = await Record.ExceptionAsync(() => client.CreateProjectAsync(Projects.Hello(), cancel.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(0, handler.Sends);
    }

    [Fact]
    public async Task Cancelling_while_the_token_is_fetched_is_a_plain_cancellation_and_sends_no_create()
    {
        var handler = new HangingHandler(path => path.EndsWith("/auth/token", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource();

        await CancelOnceHandlerIsEnteredAsync<OperationCanceledException>(handler, cancel, (client, token) => client.CreateProjectAsync(Projects.Hello(), token));

        Assert.Equal(0, handler.CreatesSent);
    }

    [Fact]
    public async Task Cancelling_a_read_after_it_was_sent_stays_a_plain_cancellation()
    {
        var handler = new HangingHandler(path => path.EndsWith("/editor/project", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource();

        await CancelOnceHandlerIsEnteredAsync<OperationCanceledException>(handler, cancel, (client, token) => client.ListProjectsAsync(token));
    }

    /// <summary>Starts <paramref name="call"/>, cancels once the handler holds the request, and returns what it threw.</summary>
    private static async Task<TException> CancelOnceHandlerIsEnteredAsync<TException>(HangingHandler handler, CancellationTokenSource cancel, Func<AiStudiosClient, CancellationToken, Task> call)
        where TException : Exception
    {
        using var client = CreateClient(handler);
        Task running = call(client, cancel.Token);
        await handler.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancel.Cancel();

        var error = await Record.ExceptionAsync(() => running);
        return Assert.IsAssignableFrom<TException>(error);
    }

    private static AiStudiosClient CreateClient(HttpMessageHandler handler) => new(
        new HttpClient(handler),
        new AiStudiosClientOptions
        {
            BaseAddress = new Uri("http://127.0.0.1:9/api/odin/v3/"),
            AppId = "stub-app",
            UserKey = "stub-user-key",
            Timeout = TimeSpan.FromSeconds(30),
        });

    /// <summary>Answers token requests, and holds every request <paramref name="hangs"/> picks until it is cancelled.</summary>
    private sealed class HangingHandler(Func<string, bool> hangs) : HttpMessageHandler
    {
        private int sends;
        private int creates;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Sends => Volatile.Read(ref sends);

        public int CreatesSent => Volatile.Read(ref creates);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref sends);
            string path = request.RequestUri!.AbsolutePath;
            if (path.EndsWith("/editor/project", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
            {
                Interlocked.Increment(ref creates);
            }

            if (hangs(path))
            {
                Entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return StubHandler.IsTokenRequest(request)
                ? StubHandler.TokenAnswer()
                : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projectId\":\"p1\",\"projects\":[]}}");
        }
    }
}
