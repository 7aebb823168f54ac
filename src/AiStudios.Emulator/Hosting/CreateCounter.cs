using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace AiStudios.Emulator.Hosting;

/// <summary>
/// Every project <c>POST /editor/project</c> created, counted by project name (where a batch writes its correlation
/// marker), so tests and load runs can ask whether any name was created twice. Deleted projects stay counted.
/// Bounded: names past <see cref="MaxNames"/> distinct ones are counted in the totals only.
/// </summary>
internal sealed class CreateCounter
{
    public const int MaxNames = 1_000_000;

    /// <summary>Project ids kept per name (enough to find the duplicates).</summary>
    public const int MaxIdsPerName = 5;

    private const int MaxKeyLength = 1000;

    private readonly ConcurrentDictionary<string, NameCount> names = new(StringComparer.Ordinal);
    private int untracked;

    public void Created(string name, string projectId)
    {
        string key = Key(name);
        if (!names.TryGetValue(key, out var count))
        {
            if (names.Count >= MaxNames)
            {
                Interlocked.Increment(ref untracked);
                return;
            }

            count = names.GetOrAdd(key, _ => new NameCount());
        }

        count.Add(projectId);
    }

    /// <summary>The counts of the names containing <paramref name="contains"/> (all names when null or empty).</summary>
    public CreateCounts Read(string? contains, int maxDuplicatesListed)
    {
        int projects = 0;
        int distinct = 0;
        int duplicateNames = 0;
        int extraCreates = 0;
        var duplicates = new List<DuplicateName>();
        foreach (var pair in names)
        {
            if (!string.IsNullOrEmpty(contains) && !pair.Key.Contains(contains, StringComparison.Ordinal))
            {
                continue;
            }

            var (count, ids) = pair.Value.Read();
            projects += count;
            distinct++;
            if (count > 1)
            {
                duplicateNames++;
                extraCreates += count - 1;
                if (duplicates.Count < maxDuplicatesListed)
                {
                    duplicates.Add(new DuplicateName(pair.Key, count, ids));
                }
            }
        }

        return new CreateCounts(contains ?? "", projects, distinct, duplicateNames, extraCreates, duplicates.OrderBy(d => d.Name, StringComparer.Ordinal).ToList(), Volatile.Read(ref untracked));
    }

    public void Reset()
    {
        names.Clear();
        Interlocked.Exchange(ref untracked, 0);
    }

    private static string Key(string name)
    {
        if (name.Length <= MaxKeyLength)
        {
            return name;
        }

        // A huge name keeps a bounded key: its start, its length and a hash of the rest.
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16].ToLowerInvariant();
        return $"{name[..200]}... ({name.Length} characters, sha256 {hash})";
    }

    private sealed class NameCount
    {
        private readonly List<string> ids = new(1);
        private int count;

        public void Add(string projectId)
        {
            lock (ids)
            {
                count++;
                if (ids.Count < MaxIdsPerName)
                {
                    ids.Add(projectId);
                }
            }
        }

        public (int Count, IReadOnlyList<string> Ids) Read()
        {
            lock (ids)
            {
                return (count, ids.ToArray());
            }
        }
    }
}
