using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Orleans.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiStudios.Batch.Orleans.Tests;

/// <summary>A silo configured wrongly says what is wrong, where (the configuration key), when it is built or started.</summary>
public class HostingTests
{
    [Fact]
    public void An_unknown_provider_is_refused_naming_its_key_and_the_choices()
    {
        var builder = Host.CreateApplicationBuilder();
        IConfiguration configuration = Configuration(("Clustering", "Zookeeper"));

        var e = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.AddAiStudiosBatchFleet(configuration)));

        Assert.Equal("AiStudios:Fleet:Clustering is 'Zookeeper'; use Localhost, Redis or None.", e.Message);
        Assert.Contains("AiStudios:Fleet:Redis must be set when Storage = Redis", Assert.Throws<InvalidOperationException>(() =>
            Host.CreateApplicationBuilder().UseOrleans(silo => silo.AddAiStudiosBatchFleet(Configuration(("Storage", "Redis")))))
            .Message);
        Assert.Contains("use Redis, Sqlite or None", Assert.Throws<InvalidOperationException>(() =>
            Host.CreateApplicationBuilder().UseOrleans(silo => silo.AddAiStudiosBatchFleet(Configuration(("Storage", "Memory")))))
            .Message);
    }

    [Fact]
    public async Task A_silo_without_credentials_fails_when_it_starts_naming_the_keys()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.AddAiStudiosBatchFleet(Configuration(("Clustering", "Localhost"), ("SiloPort", Ports.Free().ToString()), ("GatewayPort", Ports.Free().ToString()))));
        using IHost host = builder.Build();

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AiStudios:Fleet:AppId and AiStudios:Fleet:UserKey must be set", e.Message);
    }

    [Fact]
    public async Task A_silo_with_a_webhook_url_and_no_secret_fails_when_it_starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.AddAiStudiosBatchFleet(Configuration(
            ("Clustering", "Localhost"), ("SiloPort", Ports.Free().ToString()), ("GatewayPort", Ports.Free().ToString()),
            ("AppId", "app"), ("UserKey", "key"), ("WebhookBaseUrl", "https://hooks.example.com/hooks/aistudios"))));
        using IHost host = builder.Build();

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AiStudios:Fleet:WebhookBaseUrl is set but no webhook secret is", e.Message);
    }

    [Fact]
    public void The_options_never_show_the_user_key()
    {
        var options = new BatchFleetOptions { AppId = "app-1", UserKey = "secret-user-key-123" };

        Assert.DoesNotContain("secret-user-key-123", options.ToString());
        Assert.Contains("UserKey = (set, not shown)", options.ToString());
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (key, value) in settings)
        {
            values[BatchFleetOptions.SectionName + ":" + key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
