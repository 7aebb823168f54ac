using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Testing;

namespace AiStudios.Packaging.Tests.Infrastructure
{
    /// <summary>One problem line of a build: <c>file(line,col): error AIS0001: message</c>.</summary>
    public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
    {
        private static readonly Regex Pattern = new Regex(
            @"^\s*(?<file>.*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))?\s*: (?<sev>error|warning) (?<id>[A-Za-z]+\d+): (?<msg>.*?)(?: \[[^\]]*\])?\s*$",
            RegexOptions.Compiled);

        public static IReadOnlyList<BuildDiagnostic> Parse(string output) => output
            .Split('\n')
            .Select(line => Pattern.Match(line.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                m.Groups["sev"].Value,
                m.Groups["id"].Value,
                m.Groups["msg"].Value))
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// A consumer project of <c>Consumers/NAME</c>, copied into the feed's consumers folder and
    /// built there with <c>dotnet build</c>, restoring the packages under test from the local feed.
    /// </summary>
    public sealed class ConsumerBuild
    {
        private static int _copies;

        private ConsumerBuild(string directory, CommandResult result)
        {
            Directory = directory;
            Result = result;
            Diagnostics = BuildDiagnostic.Parse(result.Output);
        }

        public string Directory { get; }

        public CommandResult Result { get; }

        public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

        public bool Succeeded => Result.ExitCode == 0;

        public static string SourceFolder(string name) => RepoPaths.InRepo(Path.Combine("tests", "AiStudios.Packaging.Tests", "Consumers", name));

        /// <summary>Copies the consumer and builds it; <paramref name="properties"/> are extra <c>-p:</c> settings.</summary>
        public static async Task<ConsumerBuild> BuildAsync(PackageFeed feed, string name, params string[] properties)
        {
            feed.AssertPacked();
            string target = Path.Combine(feed.ConsumersRoot, $"{name}-{Interlocked.Increment(ref _copies)}");
            Copy(SourceFolder(name), target);
            var arguments = new List<string> { "build", "-nodeReuse:false", "-tl:off", "-v:q", "-nologo", "-clp:NoSummary" };
            arguments.AddRange(properties.Select(p => "-p:" + p));
            CommandResult result = await DotNet.RunAsync(target, TimeSpan.FromMinutes(5), arguments.ToArray());
            return new ConsumerBuild(target, result);
        }

        /// <summary>Runs the built app (<c>dotnet run --no-build</c>).</summary>
        public Task<CommandResult> RunAsync() =>
            DotNet.RunAsync(Directory, TimeSpan.FromMinutes(2), "run", "--no-build", "--no-restore");

        /// <summary>Runs the built test project (<c>dotnet test --no-build</c>) with the given environment.</summary>
        public Task<CommandResult> TestAsync(IReadOnlyDictionary<string, string?> environment) =>
            DotNet.RunAsync(Directory, TimeSpan.FromMinutes(2), environment, "test", "--no-build", "--no-restore", "-nologo");

        private static void Copy(string from, string to)
        {
            foreach (string file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(from, file);
                string first = relative.Split(Path.DirectorySeparatorChar)[0];
                if (first is "bin" or "obj")
                {
                    continue;
                }

                string destination = Path.Combine(to, relative);
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }

        public override string ToString() => Result.ToString();
    }
}
