using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiStudios.Cli.Checking;
using AiStudios.Validation;

namespace AiStudios.Cli.Reports
{
    /// <summary>
    /// <c>--format sarif</c>: SARIF 2.1.0 (OASIS), the format GitHub code scanning reads to show
    /// problems inline in pull requests. One run, the tool <c>aistudios</c> with a rule per id that
    /// occurs (help at docs/diagnostics/ID.md), one result per problem with the file (a relative URI
    /// against <c>%SRCROOT%</c> when the file is under the current folder), line and column, and the
    /// JSON path as a logical location.
    /// </summary>
    internal static class SarifReport
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public static void Write(ValidationRun run, TextWriter output)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                WriteTool(json, run.Problems.Select(p => p.RuleId).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList());
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject("%SRCROOT%");
                json.WriteString("uri", new Uri(EnsureSlash(Directory.GetCurrentDirectory())).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (FileProblem problem in run.Problems)
                {
                    WriteResult(json, problem);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<string> ruleIds)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "aistudios");
            json.WriteString("informationUri", BuildInfo.RepositoryUrl);
            json.WriteString("semanticVersion", BuildInfo.Version);
            json.WriteStartArray("rules");
            foreach (string id in ruleIds)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("helpUri", BuildInfo.DiagnosticsHelpBase + id + ".md");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, FileProblem problem)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", problem.RuleId);
            json.WriteString("level", problem.Severity switch
            {
                ValidationSeverity.Error => "error",
                ValidationSeverity.Warning => "warning",
                _ => "note",
            });
            json.WriteStartObject("message");
            json.WriteString("text", problem.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            (string uri, bool relative) = ArtifactUri(problem.File);
            json.WriteString("uri", uri);
            if (relative)
            {
                json.WriteString("uriBaseId", "%SRCROOT%");
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", problem.Line);
            json.WriteNumber("startColumn", problem.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", problem.JsonPath);
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>A path under the current folder as a relative URI reference; any other as a file: URI.</summary>
        private static (string Uri, bool Relative) ArtifactUri(string file)
        {
            string full = Path.GetFullPath(file);
            string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
            if (!Path.IsPathRooted(relative) && !relative.StartsWith("..", StringComparison.Ordinal))
            {
                string[] segments = relative.Replace('\\', '/').Split('/');
                return (string.Join("/", segments.Select(Uri.EscapeDataString)), true);
            }

            return (new Uri(full).AbsoluteUri, false);
        }

        private static string EnsureSlash(string folder) =>
            folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
    }
}
