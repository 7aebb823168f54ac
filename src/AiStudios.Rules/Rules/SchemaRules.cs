using System;
using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// The schema's own rules: required properties (AIS1001), properties the API reference requires
    /// but published examples leave out (AIS1004, a warning), JSON types (AIS1002), enum values
    /// (AIS0015), numeric ranges (AIS0004), empty strings and lists (AIS0016) and the string
    /// formats colour (AIS0013) and speech (AIS0010). Properties the schema does not know are
    /// accepted: fetched projects carry many. An explicit null in an optional property is accepted
    /// too: the service's own projects carry such nulls (<c>thumbnailUrl</c>, <c>headOnly</c>), the
    /// SDK keeps and sends it unchanged, and the reference documents no error for it.
    /// </summary>
    internal static class SchemaRules
    {
        public static void CheckObject(RuleRun run, RuleObject node, TypeFacts type, string path)
        {
            bool isClip = run.Engine.IsClip(type);
            IReadOnlyList<KeyValuePair<string, RuleValue>> members = node.Members;
            for (int i = 0; i < members.Count; i++)
            {
                KeyValuePair<string, RuleValue> member = members[i];
                PropertyFacts? property = run.Schema.Property(type, member.Key);
                if (property is null)
                {
                    // Unknown properties are sent as they are: only what cannot be written at all is a problem.
                    if (LoneSurrogates.FirstIndex(member.Key) is int at and >= 0)
                    {
                        run.Report(RuleIds.WrongValueType, RulePath.Property(path, member.Key), $"The property name '{Echo.Of(member.Key)}' holds {LoneSurrogates.Describe(member.Key, at)}, half of a UTF-16 pair: it is not text, and JSON cannot carry it. Rename the property.", member.Value);
                    }
                    else if (member.Value.IsUnwritable)
                    {
                        run.Report(RuleIds.WrongValueType, RulePath.Property(path, member.Key), $"'{Echo.Of(member.Key)}' holds {member.Value.Text}, which cannot be written as JSON; remove it or set a JSON value.", member.Value);
                    }

                    continue;
                }

                if (property.IsDiscriminator)
                {
                    continue;
                }

                if (member.Value.Kind == RuleValueKind.Null && !run.Schema.IsRequired(type, property))
                {
                    // Null stands for "none" here; only where the reference wants a value is that worth a word.
                    if (property.IsReferenceRequired && !property.AllowsNull && property.Kind != FactKind.Any)
                    {
                        ReportReferenceRequired(run, type, property, path, member.Value, "is null");
                    }

                    continue;
                }

                bool ownedByGeometry = isClip && Wire.IsSizeProperty(property.JsonName);
                CheckValue(run, member.Value, property, property.Kind, RulePath.Pending(path, member.Key), ownedByGeometry);
            }

            if (node.Absent != AbsentMeans.Missing)
            {
                return;
            }

            IReadOnlyList<PropertyFacts> all = run.Schema.AllProperties(type);
            for (int i = 0; i < all.Count; i++)
            {
                PropertyFacts property = all[i];
                if (property.IsDiscriminator || node.Has(property.JsonName))
                {
                    continue;
                }

                if (run.Schema.IsRequired(type, property))
                {
                    run.Report(
                        RuleIds.RequiredMissing,
                        RulePath.Property(path, property.JsonName),
                        $"'{property.JsonName}' is missing; every {Describe(type)} needs it.",
                        node);
                }
                else if (property.IsReferenceRequired && !ScriptRules.SpeaksTheOlderWay(run, node, type, property))
                {
                    ReportReferenceRequired(run, type, property, path, node, "is missing");
                }
            }
        }

        /// <summary>AIS1004: the reference lists the property as required; published examples leave some of them out, so this warns.</summary>
        private static void ReportReferenceRequired(RuleRun run, TypeFacts type, PropertyFacts property, string path, RuleValue subject, string state)
        {
            string hint = property.BuilderDefault is not null || property.BuilderMethod is not null
                ? " The builder writes it for you."
                : string.Empty;
            run.Report(
                RuleIds.ReferenceRequiredMissing,
                RulePath.Property(path, property.JsonName),
                $"'{property.JsonName}' {state}; the API reference requires it in every {Describe(type)}, although published examples leave it out. It is sent as it is; what the service does without it is not documented.{hint}",
                subject);
        }

        /// <summary>Checks one value against what the schema says of <paramref name="property"/> (or of its items).</summary>
        public static void CheckValue(RuleRun run, RuleValue value, PropertyFacts property, FactKind kind, PendingPath path, bool ownedByGeometry = false)
        {
            string name = property.JsonName;
            switch (value.Kind)
            {
                case RuleValueKind.Unknown:
                    return;
                case RuleValueKind.Invalid:
                    if (kind == FactKind.Enum && !value.IsUnwritable)
                    {
                        run.Report(RuleIds.UnknownEnumValue, path.ToString(), $"'{name}' is {value.Text}, which is not a defined value; use one of {EnumList(run, property)}.", value);
                    }
                    else
                    {
                        run.Report(RuleIds.WrongValueType, path.ToString(), $"'{name}' holds {value.Text}, which JSON cannot carry; it must be {Expected(kind, run, property)}.", value);
                    }

                    return;
                case RuleValueKind.Null:
                    if (!property.AllowsNull && kind != FactKind.Any)
                    {
                        run.Report(RuleIds.WrongValueType, path.ToString(), $"'{name}' is null; it must be {Expected(kind, run, property)} (leave it out instead).", value);
                    }

                    return;
            }

            switch (kind)
            {
                case FactKind.String:
                    if (!Expect(run, value, RuleValueKind.String, property, kind, path))
                    {
                        return;
                    }

                    if (LoneSurrogates.FirstIndex(value.Text!) is int at and >= 0)
                    {
                        run.Report(RuleIds.WrongValueType, path.ToString(), $"'{name}' holds {LoneSurrogates.Describe(value.Text!, at)}, half of a UTF-16 pair: it is not text, and JSON cannot carry it (ToJson() refuses it). Fix the string.", value);
                        return;
                    }

                    CheckString(run, value, property, path);
                    return;
                case FactKind.Number:
                case FactKind.Integer:
                    if (Expect(run, value, RuleValueKind.Number, property, kind, path))
                    {
                        CheckNumber(run, value, property, kind, path, ownedByGeometry);
                    }

                    return;
                case FactKind.Boolean:
                    Expect(run, value, RuleValueKind.Boolean, property, kind, path);
                    return;
                case FactKind.IntegerOrString:
                case FactKind.NumberOrString:
                    if (value.Kind == RuleValueKind.String)
                    {
                        CheckValue(run, value, property, FactKind.String, path, ownedByGeometry);
                    }
                    else if (value.Kind == RuleValueKind.Number)
                    {
                        CheckNumber(run, value, property, kind == FactKind.IntegerOrString ? FactKind.Integer : FactKind.Number, path, ownedByGeometry);
                    }
                    else
                    {
                        Expect(run, value, RuleValueKind.String, property, kind, path);
                    }

                    return;
                case FactKind.Enum:
                    if (Expect(run, value, RuleValueKind.String, property, kind, path)
                        && run.Schema.Enum(property.TypeName) is EnumFacts facts
                        && !facts.Contains(value.Text!))
                    {
                        run.Report(RuleIds.UnknownEnumValue, path.ToString(), $"'{name}' is '{Echo.Of(value.Text!)}', which the service does not know; use one of {EnumList(run, property)}.", value);
                    }

                    return;
                case FactKind.Object:
                    if (Expect(run, value, RuleValueKind.Object, property, kind, path) && run.Schema.Type(property.TypeName) is TypeFacts type)
                    {
                        run.WalkObject((RuleObject)value, type, path.ToString());
                    }

                    return;
                case FactKind.Union:
                    if (Expect(run, value, RuleValueKind.Object, property, kind, path) && run.Schema.Union(property.TypeName) is UnionFacts union)
                    {
                        run.WalkUnionMember((RuleObject)value, union, path.ToString());
                    }

                    return;
                case FactKind.Array:
                    if (Expect(run, value, RuleValueKind.Array, property, kind, path))
                    {
                        var array = (RuleArray)value;
                        if (property.Range.MinItems is int minItems && array.IsComplete && !array.MayGrow && array.Items.Count < minItems)
                        {
                            run.Report(RuleIds.EmptyValue, path.ToString(), $"'{name}' has {array.Items.Count} item(s); it needs at least {minItems}.", value);
                        }

                        run.WalkArrayItems(array, property, path.ToString());
                    }

                    return;
            }
        }

        private static void CheckString(RuleRun run, RuleValue value, PropertyFacts property, PendingPath path)
        {
            string text = value.Text!;
            if (property.Range.MinLength is int minLength && text.Length < minLength)
            {
                run.Report(RuleIds.EmptyValue, path.ToString(), minLength == 1
                    ? $"'{property.JsonName}' is empty; it needs a value."
                    : $"'{property.JsonName}' has {text.Length} characters; it needs at least {minLength}.", value);
                return;
            }

            switch (property.Format)
            {
                case "color" when !ColorFormat.IsValid(text):
                    run.Report(RuleIds.InvalidColor, path.ToString(), $"'{property.JsonName}' is '{Echo.Of(text)}', which is not a colour the service reads; use {ColorFormat.Expected}.", value);
                    break;
                case "speech" when SpeechMarkup.FindUnsupported(text) is string markup:
                    run.Report(RuleIds.UnsupportedMarkup, path.ToString(), $"The speech uses {markup}; only <p> and <span>, with no attributes but style, class and data-*, are allowed: other markup may be read out or dropped. Send plain text in <p>...</p>.", value);
                    break;
            }
        }

        private static void CheckNumber(RuleRun run, RuleValue value, PropertyFacts property, FactKind kind, PendingPath path, bool ownedByGeometry)
        {
            double number = value.Number;
            string name = property.JsonName;
            if (value.IsInexactNumber)
            {
                // Kept raw, digit for digit, and sent so; but the typed property cannot hold it.
                string expected = kind == FactKind.Integer
                    ? $"a whole number from {NumberText.Show(int.MinValue)} to {NumberText.Show(int.MaxValue)}"
                    : "a number a double holds exactly (at most 17 significant digits, within its range)";
                run.Report(RuleIds.WrongValueType, path.ToString(), $"'{name}' is {Echo.Of(value.Text!)}, which its typed property cannot hold exactly; it must be {expected}. It is kept in AdditionalProperties and sent as written until you set the property.", value);
                return;
            }

            if (ownedByGeometry)
            {
                // GeometryRules reports zero, negative and non-finite sizes with their own rule (AIS0003).
                return;
            }

            if (!NumberText.IsFinite(number))
            {
                run.Report(RuleIds.WrongValueType, path.ToString(), $"'{name}' is {NumberText.Show(number)}; JSON has no NaN or infinity, so it cannot be sent. Use a finite number.", value);
                return;
            }

            if (kind == FactKind.Integer && !NumberText.IsWhole(number))
            {
                run.Report(RuleIds.WrongValueType, path.ToString(), $"'{name}' is {NumberText.Show(number)}; it must be a whole number.", value);
                return;
            }

            if (kind == FactKind.Integer && (number > int.MaxValue || number < int.MinValue))
            {
                // The model holds these as int: a larger whole number can be neither read into it nor sent from it.
                run.Report(RuleIds.WrongValueType, path.ToString(), $"'{name}' is {NumberText.Show(number)}, out of the 32-bit range; it must be a whole number from {NumberText.Show(int.MinValue)} to {NumberText.Show(int.MaxValue)}.", value);
                return;
            }

            RangeFacts range = property.Range;
            if (!range.HasNumericLimits || IsInRange(number, range))
            {
                return;
            }

            double suggestion = Clamp(number, range, kind);
            RuleProblem problem = run.Report(RuleIds.ValueOutOfRange, path.ToString(),
                $"'{name}' is {NumberText.Show(number)}; it must be {DescribeRange(range)}.",
                value);
            problem.Fix[FixKeys.Value] = NumberText.Literal(suggestion);
            problem.FixTargets[FixKeys.Value] = value;
        }

        public static bool IsInRange(double number, RangeFacts range) =>
            !(range.Minimum is double min && number < min)
            && !(range.Maximum is double max && number > max)
            && !(range.ExclusiveMinimum is double exMin && number <= exMin)
            && !(range.ExclusiveMaximum is double exMax && number >= exMax);

        /// <summary>The closest value in range; past an exclusive bound, the next whole number inside it.</summary>
        public static double Clamp(double number, RangeFacts range, FactKind kind)
        {
            double result = number;
            if (range.Minimum is double min && result < min)
            {
                result = min;
            }

            if (range.ExclusiveMinimum is double exMin && result <= exMin)
            {
                result = Math.Floor(exMin) + 1;
            }

            if (range.Maximum is double max && result > max)
            {
                result = max;
            }

            if (range.ExclusiveMaximum is double exMax && result >= exMax)
            {
                result = Math.Ceiling(exMax) - 1;
            }

            return kind == FactKind.Integer ? Math.Round(result) : result;
        }

        public static string DescribeRange(RangeFacts range)
        {
            string? lower = range.Minimum is double min ? NumberText.Show(min) : null;
            string? upper = range.Maximum is double max ? NumberText.Show(max) : null;
            if (lower is not null && upper is not null)
            {
                return $"{lower} to {upper}";
            }

            var parts = new List<string>();
            if (lower is not null)
            {
                parts.Add("at least " + lower);
            }

            if (range.ExclusiveMinimum is double exMin)
            {
                parts.Add("above " + NumberText.Show(exMin));
            }

            if (upper is not null)
            {
                parts.Add("at most " + upper);
            }

            if (range.ExclusiveMaximum is double exMax)
            {
                parts.Add("below " + NumberText.Show(exMax));
            }

            return string.Join(" and ", parts);
        }

        private static bool Expect(RuleRun run, RuleValue value, RuleValueKind expected, PropertyFacts property, FactKind kind, PendingPath path)
        {
            if (value.Kind == expected)
            {
                return true;
            }

            run.Report(RuleIds.WrongValueType, path.ToString(), $"'{property.JsonName}' is {Found(value)}; it must be {Expected(kind, run, property)}.", value);
            return false;
        }

        private static string Found(RuleValue value) => value.Kind switch
        {
            RuleValueKind.String => $"the string \"{Shorten(value.Text!)}\"",
            RuleValueKind.Number => "the number " + NumberText.Show(value.Number),
            RuleValueKind.Boolean => value.Boolean ? "true" : "false",
            RuleValueKind.Object => "an object",
            RuleValueKind.Array => "an array",
            _ => value.Kind.ToString().ToLowerInvariant(),
        };

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

        private static string Expected(FactKind kind, RuleRun run, PropertyFacts property) => kind switch
        {
            FactKind.String => "a string",
            FactKind.Number => "a number",
            FactKind.Integer => "a whole number",
            FactKind.Boolean => "true or false",
            FactKind.Enum => "one of " + EnumList(run, property),
            FactKind.Object or FactKind.Union => "an object",
            FactKind.Array => "an array",
            FactKind.IntegerOrString => "a whole number or a string",
            FactKind.NumberOrString => "a number or a string",
            _ => "a JSON value",
        };

        private static string EnumList(RuleRun run, PropertyFacts property) =>
            run.Schema.Enum(property.TypeName) is EnumFacts facts ? string.Join(", ", facts.WireValues) : "the documented values";

        private static string Describe(TypeFacts type) => type.Name;
    }
}
