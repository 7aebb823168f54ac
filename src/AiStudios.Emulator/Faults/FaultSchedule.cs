using System;
using System.Collections.Generic;

using AiStudios.Emulator.Faults;

namespace AiStudios.Emulator;

/// <summary>
/// The queue of <see cref="FaultRule"/>s of one running emulator. Each request consumes one use of every rule that
/// matches it; a rule whose count reaches zero is dropped. Thread-safe.
/// </summary>
public sealed class FaultSchedule
{
    /// <summary>How many rules the schedule holds at most; <see cref="Add"/> refuses more.</summary>
    public const int MaxRules = 1000;

    private readonly object gate = new();
    private readonly List<CompiledFaultRule> rules = new();

    internal FaultSchedule(IEnumerable<FaultRule> initial)
    {
        foreach (var rule in initial)
        {
            Add(rule);
        }
    }

    /// <summary>The number of rules still waiting for a matching request.</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return rules.Count;
            }
        }
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule; its fault text is parsed now.</param>
    /// <exception cref="ArgumentException">The fault text or count is invalid.</exception>
    /// <exception cref="InvalidOperationException">The schedule already holds <see cref="MaxRules"/> rules.</exception>
    public void Add(FaultRule rule)
    {
        var compiled = FaultRule.Compile(rule);
        lock (gate)
        {
            if (rules.Count >= MaxRules)
            {
                throw new InvalidOperationException($"The fault schedule already holds {MaxRules} rules, its limit; clear it (Clear()) or let rules run out.");
            }

            rules.Add(compiled);
        }
    }

    /// <summary>Gives the next <paramref name="count"/> requests to <paramref name="path"/> the fault <paramref name="fault"/>.</summary>
    /// <param name="path">Path relative to <c>/api/odin/v3</c>, <c>*</c> as wildcard (e.g. <c>/editor/progress/*</c>).</param>
    /// <param name="fault">Fault text in the header grammar, e.g. <c>503=1</c>.</param>
    /// <param name="count">How many matching requests get it.</param>
    /// <param name="method">The HTTP method to match, or null for any.</param>
    public void Enqueue(string path, string fault, int count = 1, string? method = null) =>
        Add(new FaultRule { Path = path, Fault = fault, Count = count, Method = method });

    /// <summary>Removes every rule, including those from <see cref="EmulatorOptions.Faults"/>.</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <summary>Consumes one use of every rule matching the request and returns their union.</summary>
    internal FaultSet Take(string method, string relativePath)
    {
        var result = FaultSet.None;
        lock (gate)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                if (!rule.Matches(method, relativePath))
                {
                    continue;
                }

                result = result.Merge(rule.Faults);
                if (rule.Remaining is int remaining)
                {
                    if (remaining <= 1)
                    {
                        rules.RemoveAt(i);
                        i--;
                    }
                    else
                    {
                        rule.Remaining = remaining - 1;
                    }
                }
            }
        }

        return result;
    }
}
