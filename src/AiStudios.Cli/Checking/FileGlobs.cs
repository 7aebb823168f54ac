using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace AiStudios.Cli.Checking
{
    /// <summary>
    /// The files named on the command line: plain paths as they are, patterns (<c>*</c>, <c>?</c>,
    /// <c>**</c>, for shells that do not expand them, e.g. quoted in CI) matched under the current
    /// folder or the pattern's fixed prefix, in ordinal order. Each file once.
    /// </summary>
    internal static class FileGlobs
    {
        public static IReadOnlyList<(string Path, string Display)> Expand(IEnumerable<string> arguments)
        {
            var files = new List<(string Path, string Display)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string argument in arguments)
            {
                if (argument.IndexOfAny(new[] { '*', '?' }) < 0)
                {
                    Add(files, seen, Path.GetFullPath(argument), argument);
                    continue;
                }

                (string root, string pattern) = Split(argument);
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(pattern);
                string rootPath = Path.GetFullPath(root.Length == 0 ? "." : root);
                List<string> matched = Directory.Exists(rootPath)
                    ? matcher.GetResultsInFullPath(rootPath).OrderBy(p => p, StringComparer.Ordinal).ToList()
                    : new List<string>();
                if (matched.Count == 0)
                {
                    throw new CliException(ExitCodes.Usage, $"no file matches '{argument}'.");
                }

                foreach (string path in matched)
                {
                    string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
                    Add(files, seen, path, relative.StartsWith("..", StringComparison.Ordinal) ? path : relative);
                }
            }

            return files;
        }

        /// <summary>Splits <c>samples/**/*.json</c> into the folder to search, <c>samples</c>, and the pattern under it.</summary>
        private static (string Root, string Pattern) Split(string argument)
        {
            string normalized = argument.Replace('\\', '/');
            int wildcard = normalized.IndexOfAny(new[] { '*', '?' });
            int slash = normalized.LastIndexOf('/', wildcard);
            return slash < 0 ? (string.Empty, normalized) : (normalized.Substring(0, slash + 1), normalized.Substring(slash + 1));
        }

        private static void Add(List<(string Path, string Display)> files, HashSet<string> seen, string path, string display)
        {
            if (seen.Add(path))
            {
                files.Add((path, display.Replace('\\', '/')));
            }
        }
    }
}
