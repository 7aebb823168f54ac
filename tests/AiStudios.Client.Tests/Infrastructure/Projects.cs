using System.IO;
using AiStudios.Testing;

namespace AiStudios.Client.Tests.Infrastructure;

/// <summary>Projects the tests send.</summary>
public static class Projects
{
    /// <summary>The canonical create-project body of the API reference.</summary>
    public static Project Seed() => Project.FromJson(File.ReadAllBytes(RepoPaths.SeedProject));

    /// <summary>A project written with the builder, as a user would.</summary>
    public static Project Hello(string text = "Hello from the client tests.") =>
        Video.Landscape().Scene(s => s.Avatar("M000045058").Script(text)).Build();

    /// <summary>A project the validator refuses: a clip with opacity 0 (the rule allows 1 to 100).</summary>
    public static Project Invalid()
    {
        var project = Seed();
        project.Scenes[0].Clips[0].Opacity = 0;
        return project;
    }
}
