using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiStudios.Testing.Json
{
    /// <summary>
    /// A JSON path that selects values of a snapshot: <c>$.webhookUrl</c>,
    /// <c>$.scenes[*].clips[0].left</c>, <c>$..createdAt</c> (at any depth), <c>$.scenes[0].*</c>,
    /// <c>$['odd.name']</c>. A path without the leading <c>$</c> starts at the root.
    /// </summary>
    internal sealed class JsonPathPattern
    {
        private readonly List<Step> _steps;

        private JsonPathPattern(string text, List<Step> steps)
        {
            Text = text;
            _steps = steps;
        }

        public string Text { get; }

        /// <summary>Parses a path; a malformed one is an <see cref="ArgumentException"/> naming the position.</summary>
        public static JsonPathPattern Parse(string path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("A JSON path is empty; write one such as $.scenes[0].clips[1].left.", nameof(path));
            }

            string text = path.Trim();
            int i = 0;
            if (text[0] == '$')
            {
                i = 1;
            }
            else if (text[0] != '.' && text[0] != '[')
            {
                text = "." + text;
            }

            var steps = new List<Step>();
            while (i < text.Length)
            {
                if (text[i] == '.' && i + 1 < text.Length && text[i + 1] == '.')
                {
                    steps.Add(Step.Descent);
                    i += 2;
                    if (i < text.Length && text[i] == '[')
                    {
                        continue;
                    }

                    steps.Add(ReadName(path, text, ref i));
                }
                else if (text[i] == '.')
                {
                    i++;
                    steps.Add(ReadName(path, text, ref i));
                }
                else if (text[i] == '[')
                {
                    steps.Add(ReadBracket(path, text, ref i));
                }
                else
                {
                    throw Malformed(path, i, "expected '.', '..' or '['");
                }
            }

            if (steps.Count > 0 && steps[steps.Count - 1].Kind == StepKind.Descent)
            {
                throw Malformed(path, text.Length, "'..' must be followed by a name, '*' or '[...]'");
            }

            return new JsonPathPattern(path, steps);
        }

        /// <summary>Whether the concrete path of a value is selected by this pattern.</summary>
        public bool Matches(IReadOnlyList<PathSegment> path) => Matches(0, path, 0);

        private bool Matches(int step, IReadOnlyList<PathSegment> path, int segment)
        {
            if (step == _steps.Count)
            {
                return segment == path.Count;
            }

            if (_steps[step].Kind == StepKind.Descent)
            {
                for (int k = segment; k < path.Count; k++)
                {
                    if (_steps[step + 1].Accepts(path[k]) && Matches(step + 2, path, k + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            return segment < path.Count && _steps[step].Accepts(path[segment]) && Matches(step + 1, path, segment + 1);
        }

        public override string ToString() => Text;

        private static Step ReadName(string original, string text, ref int i)
        {
            int start = i;
            while (i < text.Length && text[i] != '.' && text[i] != '[')
            {
                i++;
            }

            string name = text.Substring(start, i - start);
            if (name.Length == 0)
            {
                throw Malformed(original, start, "expected a property name or '*'");
            }

            return name == "*" ? Step.AnyProperty : Step.Property(name);
        }

        private static Step ReadBracket(string original, string text, ref int i)
        {
            int open = i;
            i++;
            if (i < text.Length && (text[i] == '\'' || text[i] == '"'))
            {
                char quote = text[i++];
                var name = new StringBuilder();
                while (i < text.Length && text[i] != quote)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    name.Append(text[i++]);
                }

                if (i + 1 >= text.Length || text[i + 1] != ']')
                {
                    throw Malformed(original, open, "a quoted name in brackets must end with " + quote + "]");
                }

                i += 2;
                return Step.Property(name.ToString());
            }

            int close = text.IndexOf(']', i);
            if (close < 0)
            {
                throw Malformed(original, open, "'[' has no closing ']'");
            }

            string inside = text.Substring(i, close - i).Trim();
            i = close + 1;
            if (inside == "*")
            {
                return Step.AnyIndex;
            }

            if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                return Step.Index(index);
            }

            throw Malformed(original, open, "expected [n], [*] or ['name'] but found [" + inside + "]");
        }

        private static ArgumentException Malformed(string path, int position, string problem) =>
            new ArgumentException($"The JSON path '{Cap(path)}' is malformed near character {position + 1}: {problem}. Examples: $.webhookUrl, $.scenes[*].clips[0].left, $..createdAt.", nameof(path));

        private static string Cap(string text) => text.Length > 120 ? text.Substring(0, 120) + "..." : text;

        private enum StepKind
        {
            Property,
            AnyProperty,
            Index,
            AnyIndex,
            Descent,
        }

        private readonly struct Step
        {
            private Step(StepKind kind, string? name, int index)
            {
                Kind = kind;
                Name = name;
                ArrayIndex = index;
            }

            public StepKind Kind { get; }

            public string? Name { get; }

            public int ArrayIndex { get; }

            public static Step Descent => new Step(StepKind.Descent, null, -1);

            public static Step AnyProperty => new Step(StepKind.AnyProperty, null, -1);

            public static Step AnyIndex => new Step(StepKind.AnyIndex, null, -1);

            public static Step Property(string name) => new Step(StepKind.Property, name, -1);

            public static Step Index(int index) => new Step(StepKind.Index, null, index);

            public bool Accepts(PathSegment segment) => Kind switch
            {
                StepKind.Property => segment.IsProperty && string.Equals(segment.Name, Name, StringComparison.Ordinal),
                StepKind.AnyProperty => segment.IsProperty,
                StepKind.Index => !segment.IsProperty && segment.ArrayIndex == ArrayIndex,
                StepKind.AnyIndex => !segment.IsProperty,
                _ => false,
            };
        }
    }
}
