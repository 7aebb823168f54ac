using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AiStudios.Emulator.Validation;

/// <summary>
/// Validates project bodies against the repository's <c>schema/project.schema.json</c> (embedded at build time) with
/// JsonSchema.Net, and turns its output into a short list of problems a person can act on.
/// </summary>
internal sealed class ProjectSchemaValidator
{
    private const string ResourceName = "AiStudios.Emulator.project.schema.json";

    /// <summary>The property that picks a clip's kind in the schema's only <c>oneOf</c> (its <c>x-union</c> discriminator).</summary>
    private const string Discriminator = "type";

    private readonly JsonSchema schema;

    public ProjectSchemaValidator()
    {
        var text = ReadSchemaText();
        // A private registry per instance: several emulators in one process must not collide on the schema's $id.
        schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        ClipTypes = ReadClipTypes(JsonNode.Parse(text)!);
    }

    /// <summary>The clip kinds the schema knows (the <c>const</c> of each <c>oneOf</c> branch of <c>$defs/clip</c>).</summary>
    public IReadOnlyList<string> ClipTypes { get; }

    /// <summary>How many problems an answer lists; the count says how many there were.</summary>
    public const int MaxProblems = 100;

    /// <summary>
    /// Validates a body; an empty list means valid. A valid body costs only the cheap yes/no evaluation; the detailed
    /// one (every evaluated node kept) runs only to explain a refusal, on a body whose arrays
    /// <see cref="Http.JsonShapeScan"/> has already bounded.
    /// </summary>
    public IReadOnlyList<SchemaProblem> Validate(JsonElement body)
    {
        if (schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return Array.Empty<SchemaProblem>();
        }

        // The schema's rule (schema/README.md): an explicit null in an optional property means "not set" and is
        // accepted, as the service's own projects carry such nulls. JSON Schema would refuse it for a typed property,
        // so a body that fails is judged again without its null members; a null a required property holds is then
        // reported as missing. Valid bodies never pay for this.
        if (ContainsNullMember(body))
        {
            body = WithoutNullMembers(body);
            if (schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
            {
                return Array.Empty<SchemaProblem>();
            }
        }

        var results = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var problems = new List<SchemaProblem>();
        Collect(results, body, problems);
        if (problems.Count == 0)
        {
            // Never answer "invalid" without a reason, even if the output held none we could map.
            problems.Add(new SchemaProblem("", "The project does not match the project schema."));
        }

        return problems.Distinct().ToList();
    }

    private void Collect(EvaluationResults node, JsonElement body, List<SchemaProblem> problems)
    {
        if (node.IsValid)
        {
            return;
        }

        var instance = node.InstanceLocation.ToString();
        if (node.Errors is not null)
        {
            foreach (var (keyword, message) in node.Errors)
            {
                problems.Add(new SchemaProblem(instance, message, keyword));
            }
        }

        if (node.Details is null)
        {
            return;
        }

        var branches = node.Details.Where(IsOneOfBranch).ToList();
        if (branches.Count > 0)
        {
            CollectUnion(instance, branches, body, problems);
        }

        foreach (var child in node.Details.Where(d => !IsOneOfBranch(d)))
        {
            Collect(child, body, problems);
        }
    }

    /// <summary>
    /// A failed <c>oneOf</c> reports every branch's errors, so an image clip with a bad width would also be told it
    /// lacks <c>shapeName</c>, <c>text</c>, ... Only the branch whose <c>type</c> matches is reported; an unknown or
    /// missing <c>type</c> is reported once.
    /// </summary>
    private void CollectUnion(string instance, List<EvaluationResults> branches, JsonElement body, List<SchemaProblem> problems)
    {
        var known = string.Join(", ", ClipTypes);
        var discriminator = Resolve(body, instance) is { ValueKind: JsonValueKind.Object } obj
            && obj.TryGetProperty(Discriminator, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        if (discriminator is null)
        {
            problems.Add(new SchemaProblem(instance, $"A clip needs a string \"{Discriminator}\": one of {known}.", "required"));
            return;
        }

        var matching = branches.Where(b => !FailsDiscriminator(b, instance + "/" + Discriminator)).ToList();
        if (matching.Count == 0)
        {
            problems.Add(new SchemaProblem(instance + "/" + Discriminator, $"Unknown clip type \"{discriminator}\"; expected one of {known}.", "oneOf"));
            return;
        }

        foreach (var branch in matching)
        {
            Collect(branch, body, problems);
        }
    }

    private static bool IsOneOfBranch(EvaluationResults node)
    {
        var path = node.EvaluationPath.ToString();
        var slash = path.LastIndexOf('/');
        return slash > 0 && int.TryParse(path.AsSpan(slash + 1), out _) && path[..slash].EndsWith("/oneOf", StringComparison.Ordinal);
    }

    private static bool FailsDiscriminator(EvaluationResults node, string discriminatorLocation)
    {
        if (node.Errors is not null
            && node.Errors.ContainsKey("const")
            && node.InstanceLocation.ToString() == discriminatorLocation)
        {
            return true;
        }

        return node.Details is not null && node.Details.Any(d => !d.IsValid && FailsDiscriminator(d, discriminatorLocation));
    }

    private static bool ContainsNullMember(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Null || ContainsNullMember(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(ContainsNullMember),
        _ => false,
    };

    /// <summary>A copy of the body without the object members whose value is null (array items stay: a null item is no "not set").</summary>
    private static JsonElement WithoutNullMembers(JsonElement body)
    {
        static JsonNode? Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var name in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
                    {
                        obj.Remove(name);
                    }

                    foreach (var property in obj)
                    {
                        Strip(property.Value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Strip(item);
                    }

                    break;
            }

            return node;
        }

        var copy = Strip(JsonNode.Parse(body.GetRawText()));
        using var document = JsonDocument.Parse(copy?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }

    /// <summary>Resolves a JSON Pointer (RFC 6901) in the body; null when it points nowhere.</summary>
    private static JsonElement? Resolve(JsonElement root, string pointer)
    {
        JsonElement? current = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                { ValueKind: JsonValueKind.Object } obj when obj.TryGetProperty(segment, out var child) => child,
                { ValueKind: JsonValueKind.Array } array when int.TryParse(segment, out var index) && index >= 0 && index < array.GetArrayLength() => array[index],
                _ => null,
            };
        }

        return current;
    }

    private static IReadOnlyList<string> ReadClipTypes(JsonNode schemaJson)
    {
        var defs = schemaJson["$defs"] as JsonObject;
        var types = new List<string>();
        if (defs?["clip"]?["oneOf"] is not JsonArray branches)
        {
            return types;
        }

        foreach (var branch in branches)
        {
            var reference = branch?["$ref"]?.GetValue<string>();
            var name = reference?.Split('/').Last();
            if (name is not null && defs[name]?["properties"]?["type"]?["const"] is JsonValue constant)
            {
                types.Add(constant.GetValue<string>());
            }
        }

        return types;
    }

    private static string ReadSchemaText()
    {
        using var stream = typeof(ProjectSchemaValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; the build must link schema/project.schema.json.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
