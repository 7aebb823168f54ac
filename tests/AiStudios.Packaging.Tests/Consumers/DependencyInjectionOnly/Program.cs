using System;
using AiStudios;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddAiStudios(options =>
{
    options.AppId = "demo-app-id"; // AIS0014
    options.UserKey = Environment.GetEnvironmentVariable("AISTUDIOS_USERKEY") ?? "unset";
    options.BaseAddress = new Uri("http://127.0.0.1:9/");
});

using ServiceProvider provider = services.BuildServiceProvider();
AiStudiosClient first = provider.GetRequiredService<AiStudiosClient>();
AiStudiosClient second = provider.GetRequiredService<AiStudiosClient>();
Project project = Video.Portrait().Scene(s => s.Avatar(Avatars.M000045058.Default).Script("Hi")).Build();
Console.WriteLine($"client {first.BaseAddress} shared={ReferenceEquals(first, second)} scenes={project.Scenes.Count}");
