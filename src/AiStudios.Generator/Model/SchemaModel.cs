namespace AiStudios.Generator.Model
{
    // Plain, value-equal descriptions of what a schema asks the generator to emit, produced by
    // the reader (Schema/) and printed by the emitters (Emit/) without further interpretation.
    // They hold no Roslyn symbols, syntax or JSON nodes, so the incremental driver can compare
    // them and skip emitting when a schema's meaning did not change.

    /// <summary>What a JSON property holds, as far as the C# type goes.</summary>
    internal enum PropertyKind
    {
        String,
        Number,
        Integer,
        Boolean,
        Enum,
        Object,
        Union,
        Array,
        Any,

        /// <summary>A whole number or a string (<c>"type": ["integer", "string"]</c>): a generated struct keeps which.</summary>
        IntegerOrString,

        /// <summary>A number or a string (<c>"type": ["number", "string"]</c>): a generated struct keeps which.</summary>
        NumberOrString,
    }

    /// <summary>One schema file, read.</summary>
    internal sealed record SchemaModel
    {
        public required string SourcePath { get; init; }

        /// <summary>The C# namespace of everything generated (<c>x-namespace</c>).</summary>
        public required string Namespace { get; init; }

        /// <summary>The C# name of the root class.</summary>
        public required string RootName { get; init; }

        public required EquatableArray<ObjectModel> Objects { get; init; }

        public required EquatableArray<EnumModel> Enums { get; init; }

        public required EquatableArray<UnionModel> Unions { get; init; }

        /// <summary>The number-or-string structs the properties use, each once.</summary>
        public EquatableArray<NumberOrStringModel> NumberOrStrings { get; init; } = EquatableArray<NumberOrStringModel>.Empty;

        public CanvasModel? Canvas { get; init; }
    }

    /// <summary>
    /// A struct for values that are a number or a string (<c>fontWeight</c>: <c>700</c> or <c>"bold"</c>):
    /// its C# name and whether the number is a whole number (<c>int</c>) or any number (<c>double</c>).
    /// </summary>
    internal sealed record NumberOrStringModel(string Name, bool IsInteger)
    {
        public PropertyKind Kind => IsInteger ? PropertyKind.IntegerOrString : PropertyKind.NumberOrString;
    }

    /// <summary>A class: one JSON object schema.</summary>
    internal sealed record ObjectModel
    {
        public required string Name { get; init; }

        public string? Description { get; init; }

        public string? BaseName { get; init; }

        public bool IsAbstract { get; init; }

        public bool IsRoot { get; init; }

        /// <summary>The properties this class declares (not its bases'), in schema order.</summary>
        public required EquatableArray<PropertyModel> Properties { get; init; }

        /// <summary>The union this class is a member of, if any.</summary>
        public string? UnionName { get; init; }

        /// <summary>As a union member, the constant of the union's discriminator (<c>"textImage"</c>).</summary>
        public string? DiscriminatorValue { get; init; }

        /// <summary>Whether the class has a builder (<c>x-builder: false</c> says not).</summary>
        public bool HasBuilder { get; init; } = true;

        /// <summary>The scene builder's method that adds one (<c>x-builder.method</c>), for union members.</summary>
        public string? BuilderMethod { get; init; }

        public EquatableArray<string> BuilderParameters { get; init; } = EquatableArray<string>.Empty;

        public EquatableArray<BuilderGroupModel> BuilderGroups { get; init; } = EquatableArray<BuilderGroupModel>.Empty;

        /// <summary>Builder initial values this class sets for properties (its own or inherited), read for each property's type.</summary>
        public EquatableArray<InitialValueModel> InitialOverrides { get; init; } = EquatableArray<InitialValueModel>.Empty;

        /// <summary>Inherited properties this type requires (a shape's <c>fill</c>): the C# type cannot change, validation uses them.</summary>
        public EquatableArray<string> InheritedRequired { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>A property of a class.</summary>
    internal sealed record PropertyModel
    {
        /// <summary>The wire name (<c>source_url</c>).</summary>
        public required string JsonName { get; init; }

        /// <summary>The C# name (<c>SourceUrl</c>).</summary>
        public required string Name { get; init; }

        public required PropertyKind Kind { get; init; }

        /// <summary>The C# name of the class, enum or union of an object, enum or union property (or of its items).</summary>
        public string? TypeName { get; init; }

        /// <summary>What an array property's items hold.</summary>
        public PropertyKind? ItemKind { get; init; }

        public bool IsRequired { get; init; }

        /// <summary>
        /// Whether the API reference requires the property although published examples leave it out
        /// (<c>x-reference-required</c>): optional in C#, so such payloads read and round-trip; validation warns when it is absent.
        /// </summary>
        public bool IsReferenceRequired { get; init; }

        /// <summary>Whether the schema allows an explicit JSON null (<c>"type": ["string", "null"]</c>).</summary>
        public bool AllowsNull { get; init; }

        /// <summary>Whether this is the discriminator of a union's base.</summary>
        public bool IsDiscriminator { get; init; }

        /// <summary>
        /// An object whose format is not documented (an inline <c>"type": "object"</c> without <c>properties</c>): kept whole
        /// as a <see cref="PropertyKind.Any"/> JsonElement, so any value still reads and round-trips, while validation
        /// checks it is an object (or null where the type list allows it).
        /// </summary>
        public bool IsOpaqueObject { get; init; }

        public string? Description { get; init; }

        public RangeModel Range { get; init; } = RangeModel.None;

        /// <summary>The schema's <c>default</c> as compact JSON, for the docs.</summary>
        public string? DefaultJson { get; init; }

        /// <summary>The schema's <c>default</c> when it is a string (an enum's wire value, a name).</summary>
        public string? DefaultString { get; init; }

        /// <summary>The builder's initial value (<c>x-builder-initial</c>), read for the property's type.</summary>
        public ValueModel? Initial { get; init; }

        /// <summary>The value Build() gives the property when it is still unset (<c>x-builder-default</c>), read for the property's type.</summary>
        public ValueModel? BuilderDefault { get; init; }

        /// <summary>The same default as compact JSON, for the analyzers, which mirror what Build() writes.</summary>
        public string? BuilderDefaultJson { get; init; }

        /// <summary>The builder method's name; null for none (<c>x-builder: false</c>).</summary>
        public string? BuilderMethod { get; init; }

        public string? BuilderGroup { get; init; }

        /// <summary>What a string holds (<c>x-format</c>): <c>color</c>, <c>speech</c>, <c>avatar-id</c>, <c>clothes-id</c>.</summary>
        public string? Format { get; init; }
    }

    /// <summary>The numeric and size limits of a property, as numbers.</summary>
    internal sealed record RangeModel
    {
        public static RangeModel None { get; } = new RangeModel();

        public double? Minimum { get; init; }

        public double? Maximum { get; init; }

        public double? ExclusiveMinimum { get; init; }

        public double? ExclusiveMaximum { get; init; }

        public int? MinLength { get; init; }

        public int? MinItems { get; init; }
    }

    /// <summary>What a value of the schema is for the C# code, decided by the reader against its property's type.</summary>
    internal enum ValueKind
    {
        /// <summary>JSON null: the builder writes an explicit null, kept in AdditionalProperties.</summary>
        Null,

        Boolean,
        Integer,
        Number,
        String,

        /// <summary>A member of the property's enum; <see cref="ValueModel.Text"/> is its C# name.</summary>
        EnumMember,

        /// <summary>A value the property's C# type cannot hold as a literal (an object, an array, an unknown enum value).</summary>
        Other,

        /// <summary>An object of the property's class; <see cref="ValueModel.Members"/> are its properties' values.</summary>
        Object,

        /// <summary>An empty JSON array, for a list property.</summary>
        EmptyList,
    }

    /// <summary>A value from the schema (a builder's initial value), as the emitters print it.</summary>
    internal sealed record ValueModel
    {
        public required ValueKind Kind { get; init; }

        public bool Boolean { get; init; }

        /// <summary>An integer or number value.</summary>
        public double Number { get; init; }

        /// <summary>A string value, or an enum member's C# name.</summary>
        public string? Text { get; init; }

        /// <summary>An object value's properties, by wire name, each read for its property's type.</summary>
        public EquatableArray<InitialValueModel> Members { get; init; } = EquatableArray<InitialValueModel>.Empty;
    }

    /// <summary>A builder method that sets several properties at once, such as Position(left, top).</summary>
    internal sealed record BuilderGroupModel(string Method, EquatableArray<string> Parameters, bool Uniform, string? Description);

    /// <summary>A value the builder writes for a property when the user does not set it, overridden by a class.</summary>
    internal sealed record InitialValueModel(string JsonName, ValueModel Value);

    /// <summary>A string enum.</summary>
    internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members);

    internal sealed record EnumMemberModel(string WireName, string Name);

    /// <summary>A union of classes told apart by a discriminator property; its C# type is the base class.</summary>
    internal sealed record UnionModel
    {
        public required string Name { get; init; }

        public string? Description { get; init; }

        public required string DiscriminatorJsonName { get; init; }

        /// <summary>The class a value of an unknown kind is read into (<c>UnknownClip</c>).</summary>
        public string? FallbackName { get; init; }

        public required EquatableArray<string> Members { get; init; }
    }

    /// <summary>Canvas size per value of the orientation property (x-canvas).</summary>
    internal sealed record CanvasModel
    {
        public required string PropertyJsonName { get; init; }

        public required string EnumName { get; init; }

        /// <summary>The orientation's default wire value (the property's <c>default</c>), if any.</summary>
        public string? DefaultValue { get; init; }

        public required EquatableArray<CanvasSizeModel> Sizes { get; init; }
    }

    internal sealed record CanvasSizeModel(string WireValue, string MemberName, int Width, int Height);

    /// <summary>The outcome of reading a schema: a model when it could be read, and diagnostics either way.</summary>
    internal sealed record SchemaResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
