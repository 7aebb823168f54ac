using System;
using System.Net;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Catalog;
using AiStudios.Emulator.Endpoints;
using AiStudios.Emulator.Faults;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Storage;
using AiStudios.Emulator.Validation;
using AiStudios.Emulator.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Hosting;

/// <summary>
/// Builds the emulator's web application. It starts from an empty builder on purpose: no appsettings, environment
/// variables or <c>ASPNETCORE_URLS</c> of the hosting process (a test runner, a sample) can change what it listens on
/// or how it behaves; only <see cref="EmulatorOptions"/> does.
/// </summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(EmulatorOptions options, FaultSchedule faults)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Loopback only, IPv4: this machine must never serve (or be reached) anywhere else. HTTP/1.1 only, as the
            // %00 rewriting reads request lines.
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.UseNulPathRewriting();
            });
            kestrel.AddServerHeader = false;

            // Each route has its own limit (JsonBodyRoute), checked while its body is read and answered with the
            // envelope; Kestrel's, a little above the largest, is only a backstop.
            kestrel.Limits.MaxRequestBodySize = JsonBodyRoute.Largest + (1024 * 1024);
        });

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);

        // ASP.NET Core's own request logs (Information and below) print the decoded path as received, where a %0A
        // forges a line; the emulator's logs say what matters, escaped. ConfigureLogging may lower this again.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        options.ConfigureLogging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.AddRoutingCore();
        services.AddSingleton<IHostLifetime, NoopHostLifetime>();
        services.AddSingleton(options);
        services.AddSingleton(options.TimeProvider);
        services.AddSingleton(faults);
        services.AddSingleton<Counters>();
        services.AddSingleton<CreateCounter>();
        services.AddSingleton<ServerAddresses>();
        services.AddSingleton<JwtTokenService>();
        services.AddSingleton<ProjectSchemaValidator>();
        services.AddSingleton<ModelCatalog>();
        services.AddSingleton<ExportRequestReader>();
        services.AddSingleton<RenderSimulator>();
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<AudioFiles>();
        services.AddSingleton<TemplateLibrary>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        services.AddHostedService<RenderTicker>();

        var app = builder.Build();

        // Load the schema and the catalog now: a broken embedded file fails the start, not the first request,
        // and the first create does not pay for compiling the schema.
        app.Services.GetRequiredService<ProjectSchemaValidator>();
        app.Services.GetRequiredService<ModelCatalog>();

        app.UseMiddleware<ExceptionEnvelopeMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestCounterMiddleware>();
        app.UseMiddleware<PathGuardMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.UseMiddleware<EmptyStatusEnvelopeMiddleware>();
        app.UseMiddleware<JsonBodyPolicyMiddleware>();
        app.MapEmulator();
        return app;
    }
}
