namespace AiStudios.Validation.Rules
{
    /// <summary>What a <see cref="RuleValue"/> holds.</summary>
    internal enum RuleValueKind
    {
        /// <summary>Set, but not to a value the rules can see (an analyzer saw a non-constant expression).</summary>
        Unknown,

        /// <summary>A value no JSON can carry, such as an undefined enum member; <see cref="RuleValue.Text"/> describes it.</summary>
        Invalid,

        Null,
        Boolean,
        Number,
        String,
        Object,
        Array,
    }

    /// <summary>
    /// One value of the neutral tree the rules read: a JSON-like value that may also be
    /// "unknown". The run-time validator builds the tree from a <c>Project</c>; the analyzers
    /// build it from constant expressions in source code. Either way the rules see the same
    /// shape, which is what keeps compile-time and run-time diagnostics identical.
    /// </summary>
    internal class RuleValue
    {
        private protected RuleValue(RuleValueKind kind, object? origin)
        {
            Kind = kind;
            Origin = origin;
        }

        public RuleValueKind Kind { get; }

        public bool Boolean { get; private set; }

        public double Number { get; private set; }

        /// <summary>The string; for <see cref="RuleValueKind.Invalid"/> a description of the value; for an inexact number its text.</summary>
        public string? Text { get; private set; }

        /// <summary>Where the value came from: the analyzers keep the location of its expression here; at run time it is null.</summary>
        public object? Origin { get; }

        public bool IsKnown => Kind != RuleValueKind.Unknown;

        public static RuleValue Unknown(object? origin = null) => new RuleValue(RuleValueKind.Unknown, origin);

        public static RuleValue Invalid(string description, object? origin = null) => new RuleValue(RuleValueKind.Invalid, origin) { Text = description };

        /// <summary>
        /// An invalid value the SDK cannot even write (a <c>default(JsonElement)</c>, one of a
        /// disposed document): reported wherever it is, also under a property the schema does not know.
        /// </summary>
        public static RuleValue Unwritable(string description) => new RuleValue(RuleValueKind.Invalid, null) { Text = description, IsUnwritable = true };

        /// <summary>Whether writing this value as JSON would fail (see <see cref="Unwritable"/>).</summary>
        public bool IsUnwritable { get; private set; }

        // Values without an origin (all of them at run time) are never changed, so these few are shared.
        private static readonly RuleValue SharedNull = new RuleValue(RuleValueKind.Null, null);
        private static readonly RuleValue SharedTrue = new RuleValue(RuleValueKind.Boolean, null) { Boolean = true };
        private static readonly RuleValue SharedFalse = new RuleValue(RuleValueKind.Boolean, null) { Boolean = false };

        public static RuleValue Null(object? origin = null) => origin is null ? SharedNull : new RuleValue(RuleValueKind.Null, origin);

        public static RuleValue FromBoolean(bool value, object? origin = null) =>
            origin is null ? (value ? SharedTrue : SharedFalse) : new RuleValue(RuleValueKind.Boolean, origin) { Boolean = value };

        public static RuleValue FromNumber(double value, object? origin = null) => new RuleValue(RuleValueKind.Number, origin) { Number = value };

        /// <summary>
        /// A JSON number no double holds exactly (<c>9007199254740993</c>, <c>1e-400</c>): kept raw
        /// and sent as it is, but no typed property can hold it. <see cref="Number"/> is the nearest
        /// double (NaN when there is none), <see cref="Text"/> the number as written.
        /// </summary>
        public static RuleValue FromInexactNumber(double nearest, string text) => new RuleValue(RuleValueKind.Number, null) { Number = nearest, Text = text };

        /// <summary>Whether this is a number no double holds exactly (see <see cref="FromInexactNumber"/>).</summary>
        public bool IsInexactNumber => Kind == RuleValueKind.Number && Text is not null;

        public static RuleValue FromString(string value, object? origin = null) => new RuleValue(RuleValueKind.String, origin) { Text = value };

        /// <summary>The number, when this is one.</summary>
        public bool TryGetNumber(out double value)
        {
            value = Number;
            return Kind == RuleValueKind.Number;
        }

        /// <summary>The string, when this is one.</summary>
        public bool TryGetString(out string value)
        {
            value = Text ?? string.Empty;
            return Kind == RuleValueKind.String;
        }
    }
}
