using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using AiStudios;
using AiStudios.Emulator;
using AiStudios.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

// The published "create project" example, written as code: one landscape scene, a blue
// gradient background and the documented avatar saying hello.
Project project = Video.Landscape()
    .Name("Test Project Using Api")
    .Scene(s => s
        .Background("/images/background/bg_blue_gradient.png", "rgb(54,188,37)")
        .Avatar(Avatars.M000045058.BG00002320)
        .Script("Hello, this is test video using Api."))
    .Build();

if (Array.IndexOf(args, "--json") >= 0)
{
    Console.WriteLine(project.ToJson(indented: true));
}

// Credentials, later sources winning: appsettings.json, user secrets, AiStudios__AppId-style
// variables, then AISTUDIOS_APPID / AISTUDIOS_USERKEY / AISTUDIOS_BASEADDRESS.
IConfiguration configuration = new ConfigurationBuilder()
    .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
    .AddUserSecrets(typeof(ConsoleProgress).Assembly, optional: true)
    .AddEnvironmentVariables()
    .AddInMemoryCollection(FromPlainVariables())
    .Build();
var options = new AiStudiosClientOptions();
AiStudiosConfiguration.Bind(configuration.GetSection(AiStudiosConfiguration.SectionName), options);

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

EmulatorServer? emulator = null;
var wait = new RenderWaitOptions();
if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.UserKey))
{
    // No key: a local stand-in for the service, so the sample runs anywhere, offline.
    emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromSeconds(3), ProgressStep = 10 }, stop.Token);
    options.BaseAddress = emulator.BaseAddress;
    options.AppId = emulator.Credential.AppId;
    options.UserKey = emulator.Credential.UserKey;
    wait.DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(250));
    Console.WriteLine($"No AI Studios key configured: rendering against the local emulator at {emulator.BaseAddress}.");
    Console.WriteLine("(Set AISTUDIOS_APPID and AISTUDIOS_USERKEY, or user secrets AiStudios:AppId / AiStudios:UserKey, to render for real.)");
}
else
{
    Console.WriteLine($"Rendering with AI Studios at {options.BaseAddress} (this takes a few minutes).");
}

string output = OutputPath(args);
try
{
    using var client = new AiStudiosClient(options);
    RenderOperation render = await client.StartRenderAsync(project, stop.Token);
    Console.WriteLine($"Created project {render.ProjectId}; rendering...");

    RenderResult result = await render.WaitForCompletionAsync(
        wait,
        new ConsoleProgress(p => Console.WriteLine($"  {p.Percent,5:0.#} %")),
        stop.Token);
    long bytes = await result.DownloadToFileAsync(output, stop.Token);

    Console.WriteLine($"Done in {result.Elapsed.TotalSeconds:0.#} s: {result.DownloadUrl}");
    Console.WriteLine($"Saved {bytes:N0} bytes to {output}");
    return 0;
}
catch (AiStudiosException e)
{
    Console.Error.WriteLine("The video could not be made: " + e.Message);
    return 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}
finally
{
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}

static Dictionary<string, string?> FromPlainVariables()
{
    var values = new Dictionary<string, string?>();
    foreach (var (variable, key) in new[] { ("AISTUDIOS_APPID", "AppId"), ("AISTUDIOS_USERKEY", "UserKey"), ("AISTUDIOS_BASEADDRESS", "BaseAddress") })
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
        {
            values[AiStudiosConfiguration.SectionName + ":" + key] = value;
        }
    }

    return values;
}

static string OutputPath(string[] args)
{
    int at = Array.IndexOf(args, "--out");
    return Path.GetFullPath(at >= 0 && at + 1 < args.Length ? args[at + 1] : Path.Combine(AppContext.BaseDirectory, "hello-avatar.mp4"));
}

/// <summary>Reports on the polling thread, so lines come out in order.</summary>
internal sealed class ConsoleProgress(Action<RenderProgress> report) : IProgress<RenderProgress>
{
    public void Report(RenderProgress value) => report(value);
}
