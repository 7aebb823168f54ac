using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Http;

/// <summary>
/// One forward pass over a body with <see cref="Utf8JsonReader"/>, allocating nothing while the body is fine, before
/// any tree of it is built: the syntax (strictly: no comments, no trailing commas, at most 64 levels), at most
/// 10,000 items in any array or object (a project has tens of scenes; five million items would cost gigabytes as a
/// tree and in schema errors), and strings that decode (an escaped lone surrogate such as <c>"\ud800"</c> is valid
/// JSON text, but no .NET string can be read from it).
/// </summary>
internal static class JsonShapeScan
{
    public const int MaxDepth = 64;
    public const int MaxMembers = 10_000;

    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxDepth,
    };

    /// <summary>An error result (400 <c>INVALID_JSON</c>) for the first problem, or null when the body passes.</summary>
    public static IResult? Check(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, Options);

        // Per open container, by its depth: whether it is an array, how many members it has so far, and where its
        // latest property name is in the body (only decoded to name a path in an error).
        Span<bool> isArray = stackalloc bool[MaxDepth + 1];
        Span<int> members = stackalloc int[MaxDepth + 1];
        Span<int> nameAt = stackalloc int[MaxDepth + 1];
        Span<int> nameLength = stackalloc int[MaxDepth + 1];
        var path = new PathParts(body, isArray, members, nameAt, nameLength);
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        nameAt[depth - 1] = (int)reader.TokenStartIndex + 1;
                        nameLength[depth - 1] = reader.ValueSpan.Length;
                        if (++members[depth - 1] > MaxMembers)
                        {
                            return TooMany(path.Pointer(depth - 1), "properties");
                        }

                        if (reader.ValueIsEscaped && !Decodes(ref reader))
                        {
                            return Undecodable(path.Pointer(depth));
                        }

                        continue;

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        continue;
                }

                if (depth > 0 && isArray[depth - 1] && ++members[depth - 1] > MaxMembers)
                {
                    return TooMany(path.Pointer(depth - 1), "items");
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    isArray[depth] = reader.TokenType == JsonTokenType.StartArray;
                    members[depth] = 0;
                }
                else if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && !Decodes(ref reader))
                {
                    return Undecodable(path.Pointer(depth));
                }
            }

            return null;
        }
        catch (JsonException ex)
        {
            // The reader's message names line and byte position, which is what a caller needs to fix the body.
            return JsonBody.InvalidJson($"The body is not valid JSON: {ex.Message}");
        }
    }

    private static bool Decodes(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static IResult TooMany(string pointer, string what) =>
        JsonBody.InvalidJson($"The body has more than {MaxMembers.ToString("N0", CultureInfo.InvariantCulture)} {what} in {pointer}; the emulator takes at most that many in one array or object.");

    private static IResult Undecodable(string pointer) =>
        JsonBody.InvalidJson($"The body holds a string that is not valid Unicode (a lone surrogate escape) at {pointer}.");

    /// <summary>Builds the JSON Pointer of the current position, only when an error needs it.</summary>
    private readonly ref struct PathParts(ReadOnlySpan<byte> body, Span<bool> isArray, Span<int> members, Span<int> nameAt, Span<int> nameLength)
    {
        private readonly ReadOnlySpan<byte> body = body;
        private readonly Span<bool> isArray = isArray;
        private readonly Span<int> members = members;
        private readonly Span<int> nameAt = nameAt;
        private readonly Span<int> nameLength = nameLength;

        /// <summary>The pointer of the value at <paramref name="depth"/> (0: the whole body).</summary>
        public string Pointer(int depth)
        {
            if (depth <= 0)
            {
                return "the top level (\"\")";
            }

            var text = new StringBuilder();
            for (var level = 0; level < depth; level++)
            {
                var segment = isArray[level]
                    ? Math.Max(0, members[level] - 1).ToString(CultureInfo.InvariantCulture)
                    : Encoding.UTF8.GetString(body.Slice(nameAt[level], nameLength[level])).Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                text.Append('/').Append(SafeText.Of(segment, 40));
            }

            return "\"" + text + "\"";
        }
    }
}
