using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiStudios.Cli.Checking;

namespace AiStudios.Cli.Reports
{
    /// <summary>
    /// <c>--format json</c>: <c>{"files": n, "errors": n, "warnings": n, "problems": [{"file", "line",
    /// "column", "severity", "ruleId", "message", "jsonPath"}]}</c>, for scripts.
    /// </summary>
    internal static class JsonReport
    {
        public static void Write(ValidationRun run, TextWriter output)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteNumber("files", run.Files.Count);
                json.WriteNumber("errors", run.Errors);
                json.WriteNumber("warnings", run.Warnings);
                json.WriteStartArray("problems");
                foreach (FileProblem problem in run.Problems)
                {
                    json.WriteStartObject();
                    json.WriteString("file", problem.File);
                    json.WriteNumber("line", problem.Line);
                    json.WriteNumber("column", problem.Column);
                    json.WriteString("severity", problem.SeverityText);
                    json.WriteString("ruleId", problem.RuleId);
                    json.WriteString("message", problem.Message);
                    json.WriteString("jsonPath", problem.JsonPath);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
