using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Testing;

namespace AiStudios.Packaging.Tests.Infrastructure
{
    /// <summary>
    /// The packages of the repository, packed once per test run into a temporary feed with
    /// <c>dotnet pack -c Release --artifacts-path</c> (so the repository's bin/ and obj/ are never
    /// touched and the artifacts layout is proven to pack), at a version no earlier run used
    /// (<c>0.9.0-pkgtest.&lt;time&gt;.&lt;random&gt;</c>). Consumers restore into a private packages
    /// folder, so no package cached by an earlier run can stand in for the one just packed.
    /// </summary>
    public sealed class PackageFeed : IAsyncLifetime
    {
        /// <summary>Every project that ships as a package. Adding a package is adding its project here.</summary>
        public static readonly IReadOnlyList<string> PackedProjects = new[]
        {
            "src/AiStudios/AiStudios.csproj",
            "src/AiStudios.Extensions.DependencyInjection/AiStudios.Extensions.DependencyInjection.csproj",
            "src/AiStudios.Testing/AiStudios.Testing.csproj",
            "src/AiStudios.Storyboard/AiStudios.Storyboard.csproj",
            "src/AiStudios.Cli/AiStudios.Cli.csproj",
            "src/AiStudios.Batch/AiStudios.Batch.csproj",
            "src/AiStudios.AspNetCore/AiStudios.AspNetCore.csproj",
            "src/AiStudios.Batch.Orleans/AiStudios.Batch.Orleans.csproj",
        };

        /// <summary>Library packages for net10.0 only (Microsoft.Data.Sqlite 11 supports nothing older; the ASP.NET Core package uses the shared framework this repository builds with).</summary>
        public static readonly IReadOnlyList<string> Net10Packages = new[] { "AiStudios.Batch", "AiStudios.AspNetCore", "AiStudios.Batch.Orleans" };

        /// <summary>The packages that are .NET tools (PackAsTool): their files are under tools/, not lib/.</summary>
        public static readonly IReadOnlyList<string> ToolPackages = new[] { "AiStudios.Cli" };

        private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "aistudios-packaging-" + Guid.NewGuid().ToString("N")[..12]);

        /// <summary>The folder the .nupkg and .snupkg files are in (the artifacts layout's package/release).</summary>
        public string Feed => Path.Combine(Root, "artifacts", "package", "release");

        public string VersionSuffix { get; } = $"pkgtest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Random.Shared.Next(1000, 9999)}";

        /// <summary>The version every package got, e.g. 0.9.0-pkgtest.20261130061500.1234.</summary>
        public string Version { get; private set; } = "";

        public TimeSpan PackTime { get; private set; }

        public IReadOnlyList<CommandResult> PackResults { get; private set; } = Array.Empty<CommandResult>();

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Root);
            var watch = Stopwatch.StartNew();
            var results = new List<CommandResult>();
            foreach (string project in PackedProjects)
            {
                CommandResult pack = await DotNet.RunAsync(RepoPaths.Root, PackTimeout,
                    "pack", project, "-c", "Release", "--artifacts-path", Path.Combine(Root, "artifacts"),
                    $"-p:VersionSuffix={VersionSuffix}", "-nodeReuse:false", "-tl:off", "-v:q", "-nologo");
                results.Add(pack);
                if (pack.ExitCode != 0)
                {
                    break;
                }
            }

            PackTime = watch.Elapsed;
            PackResults = results;
            // The version is whatever VersionPrefix Directory.Build.props sets, with this run's suffix.
            Match? packed = Directory.Exists(Feed)
                ? Directory.GetFiles(Feed, "AiStudios.*.nupkg")
                    .Select(p => Regex.Match(Path.GetFileName(p), @"^AiStudios\.(\d+\.\d+\.\d+-" + Regex.Escape(VersionSuffix) + @")\.nupkg$"))
                    .FirstOrDefault(m => m.Success)
                : null;
            Version = packed?.Groups[1].Value ?? "";
            WriteConsumerSettings();
        }

        /// <summary>Where consumers are copied and built; its NuGet.config and Directory.Build.props apply to each of them.</summary>
        public string ConsumersRoot => Path.Combine(Root, "consumers");

        /// <summary>
        /// The local feed is added to the machine's own package sources (the user's NuGet.config
        /// still applies), packages are extracted into a folder of this run, and the machine's
        /// packages folder serves, read-only, every package it already holds.
        /// </summary>
        private void WriteConsumerSettings()
        {
            Directory.CreateDirectory(ConsumersRoot);
            string machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(Path.Combine(ConsumersRoot, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="aistudios-under-test" value="{Feed}" />
                  </packageSources>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
                  </config>
                  <fallbackPackageFolders>
                    <add key="machine" value="{machinePackages}" />
                  </fallbackPackageFolders>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(ConsumersRoot, "Directory.Build.props"), $"""
                <Project>
                  <PropertyGroup>
                    <AiStudiosPackageVersion>{Version}</AiStudiosPackageVersion>
                    <!-- No vulnerability look-ups: the test runs offline against the served package copy. -->
                    <NuGetAudit>false</NuGetAudit>
                  </PropertyGroup>
                </Project>
                """);
        }

        /// <summary>Fails with the pack output when packing did not give every package.</summary>
        public void AssertPacked()
        {
            string log = string.Join("\n", PackResults.Select(r => r.ToString()));
            Assert.True(PackResults.Count == PackedProjects.Count && PackResults.All(r => r.ExitCode == 0), "dotnet pack failed:\n" + log);
            Assert.False(string.IsNullOrEmpty(Version), "no package with suffix " + VersionSuffix + " in " + Feed + ":\n" + log);
        }

        public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(Feed, $"{id}.{Version}{extension}");

        public Task DisposeAsync()
        {
            if (Environment.GetEnvironmentVariable("AISTUDIOS_KEEP_PACKAGING") != "1")
            {
                try
                {
                    Directory.Delete(Root, recursive: true);
                }
                catch (IOException)
                {
                    // A temporary folder left behind is harmless; the next run uses a new one.
                }
            }

            return Task.CompletedTask;
        }
    }
}
