using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiStudios.Emulator.Hosting;

namespace AiStudios.Emulator.Storage;

/// <summary>
/// The audio files of <c>POST /simple/audio</c>. Only their names are kept (the bytes are made when fetched), and at
/// most <see cref="MaxFiles"/> of them: past that the oldest link stops working, like an expired one (upstream does
/// not document how long its links live).
/// </summary>
internal sealed partial class AudioFiles(ServerAddresses addresses, EmulatorOptions options)
{
    public const int MaxFiles = 10_000;

    private readonly object gate = new();
    private readonly Queue<string> order = new();
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>A new file: its name (<c>{24 hex}.wav</c>) and its URL under <c>/files/audio/</c>.</summary>
    public (string FileName, Uri Url) Add()
    {
        var name = ProjectIds.New(options.TimeProvider.GetUtcNow()) + ".wav";
        lock (gate)
        {
            if (order.Count >= MaxFiles)
            {
                names.Remove(order.Dequeue());
            }

            order.Enqueue(name);
            names.Add(name);
        }

        return (name, new Uri(addresses.Root, "files/audio/" + name));
    }

    public bool Exists(string fileName)
    {
        lock (gate)
        {
            return names.Contains(fileName);
        }
    }

    /// <summary>
    /// <c>metaList</c>: one entry per sentence, <c>{"text", "startMs", "endMs"}</c>, timed at 60 ms per character (the
    /// emulator's own fields: upstream documents an array of objects and nothing more).
    /// </summary>
    public static JsonArray MetaList(string text)
    {
        var list = new JsonArray();
        var start = 0;
        foreach (var sentence in Sentences().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).Take(1000))
        {
            var end = start + (sentence.Length * 60);
            list.Add(new JsonObject { ["text"] = sentence, ["startMs"] = start, ["endMs"] = end });
            start = end;
        }

        return list;
    }

    [GeneratedRegex(@"(?<=[.!?。！？])\s+")]
    private static partial Regex Sentences();
}
