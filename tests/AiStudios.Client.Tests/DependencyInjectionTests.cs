using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiStudios.Client.Tests;

/// <summary>services.AddAiStudios(configuration): options from the AiStudios section, a working singleton client.</summary>
public sealed class DependencyInjectionTests : ClientTest
{
    private IConfiguration Configuration(Dictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AiStudios:BaseAddress"] = Emulator.BaseAddress.ToString(),
            ["AiStudios:AppId"] = Emulator.Credential.AppId,
            ["AiStudios:UserKey"] = Emulator.Credential.UserKey,
            ["AiStudios:Timeout"] = "00:00:07",
            ["AiStudios:TokenRefreshMargin"] = "120",
            ["AiStudios:Retry:MaxRetries"] = "2",
            ["AiStudios:Retry:Delay"] = "0.05",
            ["AiStudios:Retry:MaxDelay"] = "00:00:04",
        };
        foreach (var pair in extra ?? new())
        {
            values[pair.Key] = pair.Value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    [Fact]
    public async Task AddAiStudios_binds_the_section_and_resolves_a_working_shared_client()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerProvider>(Log);
        services.AddLogging();
        services.AddAiStudios(Configuration());
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AiStudiosClientOptions>>().Value;
        Assert.Equal(Emulator.BaseAddress, options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.TokenRefreshMargin);
        Assert.Equal(2, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(50), options.Retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(4), options.Retry.MaxDelay);

        var client = provider.GetRequiredService<AiStudiosClient>();
        Assert.Same(client, provider.GetRequiredService<AiStudiosClient>());
        Assert.True(await client.IsAuthenticatedAsync());
        RenderResult result = await client.CreateAndRenderAsync(Projects.Hello(), FastWait());
        Assert.NotNull(result.DownloadUrl);
        Assert.Equal(1, Emulator.State.TokenRequests);

        // The client's logger came from the container.
        Assert.Contains(Log.Lines, line => line.Contains("TokenAcquired", StringComparison.Ordinal));
    }

    [Fact]
    public void The_section_itself_may_be_passed_and_code_may_change_the_options_after_binding()
    {
        var services = new ServiceCollection();
        services.AddAiStudios(Configuration().GetSection("AiStudios"), o => o.Retry.MaxRetries = 5);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AiStudiosClientOptions>>().Value;
        Assert.Equal(Emulator.Credential.AppId, options.AppId);
        Assert.Equal(5, options.Retry.MaxRetries);
    }

    [Fact]
    public void Global_and_china_are_names_for_the_two_hosts()
    {
        var options = new AiStudiosClientOptions();
        AiStudiosConfiguration.Bind(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BaseAddress"] = "China" }).Build(), options);

        Assert.Equal(AiStudiosClientOptions.ChinaEndpoint, options.BaseAddress);
        Assert.Equal(new Uri("https://app.aistudios.com/api/odin/v3/"), AiStudiosClientOptions.GlobalEndpoint);
    }

    [Fact]
    public void A_bad_value_names_its_key()
    {
        var services = new ServiceCollection();
        services.AddAiStudios(Configuration(new() { ["AiStudios:Retry:MaxRetries"] = "many" }));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<FormatException>(() => provider.GetRequiredService<AiStudiosClient>());
        Assert.Contains("AiStudios:Retry:MaxRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_credentials_fail_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddAiStudios(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<AiStudiosClient>());
        Assert.Contains("AppId and UserKey", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The factory's logging handlers must never write the bearer token (Microsoft.Extensions.Http 8.x logs headers at Trace unredacted).</summary>
public sealed class DependencyInjectionLoggingTests : ClientTest
{
    [Fact]
    public async Task The_token_never_appears_in_the_factorys_trace_logs_and_redaction_is_configured_for_the_client()
    {
        var capture = new CapturingLogger();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        services.AddAiStudios(o =>
        {
            o.BaseAddress = Emulator.BaseAddress;
            o.AppId = Emulator.Credential.AppId;
            o.UserKey = Emulator.Credential.UserKey;
        });
        await using var provider = services.BuildServiceProvider();

        // Newer Microsoft.Extensions.Http (the shared framework this test runs on) redacts by default; 8.x does not.
        // So start from 8.x's default (redact nothing) and apply what AddAiStudios registered for its client.
        var factoryOptions = new Microsoft.Extensions.Http.HttpClientFactoryOptions { ShouldRedactHeaderValue = static _ => false };
        foreach (var configure in provider.GetServices<IConfigureOptions<Microsoft.Extensions.Http.HttpClientFactoryOptions>>())
        {
            if (configure is IConfigureNamedOptions<Microsoft.Extensions.Http.HttpClientFactoryOptions> named)
            {
                named.Configure(AiStudiosServiceCollectionExtensions.HttpClientName, factoryOptions);
            }
            else
            {
                configure.Configure(factoryOptions);
            }
        }

        Assert.True(factoryOptions.ShouldRedactHeaderValue("Authorization"));

        var client = provider.GetRequiredService<AiStudiosClient>();
        Assert.True(await client.IsAuthenticatedAsync());

        // The factory's handlers logged the request headers at Trace (so the test sees what they write) ...
        Assert.Contains(capture.Lines, line => line.Contains("Authorization: *", StringComparison.Ordinal));
        // ... and never the bearer token's value.
        Assert.DoesNotContain(capture.Lines, line => line.Contains("Bearer", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(capture.Lines, line => line.Contains("eyJ", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(Emulator.Credential.UserKey, StringComparison.Ordinal));
    }
}

/// <summary>An app-wide retry handler (ConfigureHttpClientDefaults) must not resend a billable create.</summary>
public sealed class BillableRequestGuardTests
{
    /// <summary>What a standard resilience handler does: sends the same message again after a 5xx.</summary>
    private sealed class BlindRetryHandler : System.Net.Http.DelegatingHandler
    {
        protected override async Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            for (int attempt = 1; ; attempt++)
            {
                var response = await base.SendAsync(request, cancellationToken);
                if ((int)response.StatusCode < 500 || attempt == 3)
                {
                    return response;
                }

                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_retry_handler_from_ConfigureHttpClientDefaults_cannot_resend_a_create()
    {
        int creates = 0;
        var stub = StubHandler.Answering(request =>
        {
            if (StubHandler.IsTokenRequest(request))
            {
                return StubHandler.TokenAnswer();
            }

            System.Threading.Interlocked.Increment(ref creates);
            return StubHandler.Json(System.Net.HttpStatusCode.ServiceUnavailable, "{\"success\":false,\"error\":{\"code\":\"SERVICE_UNAVAILABLE\",\"msg\":\"gateway\"}}");
        });

        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new BlindRetryHandler()));
        services.AddAiStudios(o =>
        {
            o.BaseAddress = new Uri("http://127.0.0.1:9/");
            o.AppId = "app";
            o.UserKey = "key";
            o.Retry.MaxRetries = 0;
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AiStudiosClient>();

        var e = await Assert.ThrowsAsync<AiStudiosException>(() => client.CreateProjectAsync(Projects.Hello()));

        Assert.Equal(1, creates);
        Assert.Equal(AiStudiosErrorCodes.RepeatedBillableRequest, e.ErrorCode);
        Assert.True(e.IsOutcomeUnknown);
        Assert.Contains("retry handler", e.Message, StringComparison.Ordinal);

        // Calls that may be repeated still go through the outer handler as before.
        creates = 0;
        await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());
        Assert.Equal(3, creates);
    }
}
