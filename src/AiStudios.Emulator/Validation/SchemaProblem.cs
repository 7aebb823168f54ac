using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Validation;

/// <summary>One reason a body was refused: where (a JSON Pointer into the body; "" is the whole body) and why.</summary>
internal sealed record SchemaProblem(string Path, string Message, string? Keyword = null)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["path"] = Path, ["message"] = Message };
        if (Keyword is not null)
        {
            json["keyword"] = Keyword;
        }

        return json;
    }

    public static JsonArray ToJson(System.Collections.Generic.IEnumerable<SchemaProblem> problems)
    {
        var array = new JsonArray();
        foreach (var problem in problems)
        {
            array.Add(problem.ToJson());
        }

        return array;
    }
}
