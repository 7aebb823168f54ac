using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace AiStudios.Benchmarks.Floor
{
    /// <summary>
    /// Two builds of the SDK in one process, timed alternately: the way to see a change of a few
    /// percent on a shared machine, where two BenchmarkDotNet runs minutes apart differ by as much.
    /// Each build's AiStudios.dll is loaded into its own <see cref="AssemblyLoadContext"/> and
    /// called through the public API only; rounds of about 20 ms alternate (<see cref="Alternation"/>)
    /// after two seconds of warm-up. An A/A run (a build against a copy of itself) shows the
    /// method's resolution: within 1.5 % here. Both sides share one heap, so a side that allocates
    /// less gains less than it would alone (the other's collections land in its rounds too).
    /// <c>-- --compare DIR_A DIR_B read|read-unique|read-type-last|bytes SCENES ROUNDS</c>, each DIR holding an AiStudios.dll
    /// (e.g. src/AiStudios/bin/Release/net8.0 of two worktrees).
    /// </summary>
    public static class BuildComparison
    {
        private delegate object ReadSpan(ReadOnlySpan<byte> utf8);

        public static int Run(string directoryA, string directoryB, string path, string scenesText, string roundsText)
        {
            int scenes = int.Parse(scenesText, CultureInfo.InvariantCulture);
            int rounds = int.Parse(roundsText, CultureInfo.InvariantCulture);
            FloorDocuments documents = FloorDocuments.CreateChecked(scenes);
            byte[] document = path switch
            {
                // The other legal shapes: worst cases of whatever a change does for the usual one.
                "read-unique" => documents.UniqueStrings,
                "read-type-last" => documents.TypeLast,
                _ => documents.TypeFirst,
            };
            Action a = Load(directoryA, path, document);
            Action b = Load(directoryB, path, document);

            int batch = Math.Max(1, 20000 / (scenes * 9)); // about 20 ms at the read's speed
            (double medianA, double medianB) = Alternation.Run(a, b, batch, rounds, TimeSpan.FromSeconds(2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path} at {scenes} scenes: A {medianA:F1} µs, B {medianB:F1} µs per call, B / A {medianB / medianA:F3} ({rounds} rounds of {batch} calls each side)"));
            return 0;
        }

        private static Action Load(string directory, string path, byte[] document)
        {
            string dll = Path.GetFullPath(Path.Combine(directory, "AiStudios.dll"));
            Assembly sdk = new BuildContext(Path.GetDirectoryName(dll)!).LoadFromAssemblyPath(dll);
            Type project = sdk.GetType("AiStudios.Project", throwOnError: true)!;
            MethodInfo fromJson = project.GetMethods().Single(m => m.Name == "FromJson" && m.GetParameters().Length == 1 && m.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<byte>));
            var read = (ReadSpan)fromJson.CreateDelegate(typeof(ReadSpan));
            object parsed = read(document);
            var toUtf8Bytes = (Func<byte[]>)project.GetMethod("ToUtf8Bytes")!.CreateDelegate(typeof(Func<byte[]>), parsed);
            return path switch
            {
                "read" or "read-unique" or "read-type-last" => () => read(document),
                "bytes" => () => toUtf8Bytes(),
                _ => throw new ArgumentException("The path to compare is read, read-unique, read-type-last or bytes, not " + path + "."),
            };
        }

        /// <summary>Loads the SDK from its directory, and everything else (System.Text.Json, ...) as the host has it.</summary>
        private sealed class BuildContext : AssemblyLoadContext
        {
            private readonly string _directory;

            public BuildContext(string directory)
                : base("AiStudios from " + directory, isCollectible: false)
            {
                _directory = directory;
            }

            protected override Assembly? Load(AssemblyName name)
            {
                string candidate = Path.Combine(_directory, name.Name + ".dll");
                return name.Name == "AiStudios" && File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
