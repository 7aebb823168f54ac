using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The incremental-caching checks every generator run in the tests goes through (as
    /// NetEscapades.EnumGenerators' tests do): run again over a copy of the compilation and require
    /// every named step to give equal values, each Cached or Unchanged, every source output Cached,
    /// and no step value to hold a Roslyn symbol, syntax node or compilation.
    /// </summary>
    internal static class CachingAssert
    {
        /// <summary>Every step name in <see cref="TrackingNames"/>, by reflection: a step named there is checked without a list to keep up to date.</summary>
        public static IReadOnlyList<string> StepNames { get; } = typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        public static void SecondRunIsCached(GeneratorDriver driver, Compilation compilation)
        {
            GeneratorRunResult first = driver.GetRunResult().Results.Single();
            if (first.Exception is not null)
            {
                return; // the test itself reports it
            }

            GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
            foreach (string name in StepNames)
            {
                object?[] before = Values(first, name);
                object?[] after = Values(second, name);
                Assert.True(before.SequenceEqual(after), $"step {name} gave other values on a second run over the same input");
                foreach (IncrementalStepRunReason reason in Reasons(second, name))
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} was {reason} on a second run over the same input");
                }

                foreach (object? value in after)
                {
                    NoRoslynObjects(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }

            foreach (IncrementalStepRunReason reason in second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason))
            {
                Assert.Equal(IncrementalStepRunReason.Cached, reason);
            }
        }

        public static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
            result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
                ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray()
                : Array.Empty<IncrementalStepRunReason>();

        private static object?[] Values(GeneratorRunResult result, string step) =>
            result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
                ? runs.SelectMany(r => r.Outputs).Select(o => o.Value).ToArray()
                : Array.Empty<object?>();

        /// <summary>Walks a step value's object graph looking for types that would defeat caching.</summary>
        public static void NoRoslynObjects(object? value, string step, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Type type = value.GetType();
            Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel, $"{step} holds a {type.Name}");
            if (value is IEnumerable enumerable)
            {
                foreach (object? item in enumerable)
                {
                    NoRoslynObjects(item, step, seen);
                }

                return;
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                NoRoslynObjects(field.GetValue(value), step, seen);
            }
        }
    }
}
