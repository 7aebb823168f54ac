namespace AiStudios.Generator.Model
{
    // Plain, value-equal descriptions of what a schema asks the generator to emit. They hold
    // no Roslyn symbols, syntax or JSON nodes, so the incremental driver can compare them
    // and skip emitting when a schema's meaning did not change.

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
    }

    /// <summary>One schema file, read.</summary>
    internal sealed record SchemaModel(
        string SourcePath,
        string Namespace,
        string RootName,
        EquatableArray<ObjectModel> Objects,
        EquatableArray<EnumModel> Enums,
        EquatableArray<UnionModel> Unions,
        CanvasModel? Canvas);

    /// <summary>A class: one JSON object schema.</summary>
    internal sealed record ObjectModel(
        string Name,
        string? Description,
        string? BaseName,
        bool IsAbstract,
        bool IsRoot,
        EquatableArray<PropertyModel> Properties,
        string? UnionName,
        string? DiscriminatorValue,
        bool HasBuilder,
        string? BuilderMethod,
        EquatableArray<string> BuilderParameters,
        EquatableArray<BuilderGroupModel> BuilderGroups,
        EquatableArray<InitialValueModel> InitialOverrides)
    {
        /// <summary>Inherited properties this type requires (a shape's <c>fill</c>): the C# type cannot change, validation uses them.</summary>
        public EquatableArray<string> InheritedRequired { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>A property of a class.</summary>
    internal sealed record PropertyModel(
        string JsonName,
        string Name,
        PropertyKind Kind,
        string? TypeName,
        PropertyKind? ItemKind,
        bool IsRequired,
        bool AllowsNull,
        bool IsDiscriminator,
        string? Description,
        RangeModel Range,
        string? DefaultJson,
        string? InitialJson,
        string? BuilderMethod,
        string? BuilderGroup,
        string? Format);

    /// <summary>The numeric and size limits of a property, as the schema's own number text.</summary>
    internal sealed record RangeModel(
        string? Minimum,
        string? Maximum,
        string? ExclusiveMinimum,
        string? ExclusiveMaximum,
        string? MinLength,
        string? MinItems)
    {
        public static RangeModel None { get; } = new RangeModel(null, null, null, null, null, null);
    }

    /// <summary>A builder method that sets several properties at once, such as Position(left, top).</summary>
    internal sealed record BuilderGroupModel(string Method, EquatableArray<string> Parameters, bool Uniform, string? Description);

    /// <summary>A value the builder writes when the user does not set the property.</summary>
    internal sealed record InitialValueModel(string JsonName, string Json);

    /// <summary>A string enum.</summary>
    internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members);

    internal sealed record EnumMemberModel(string WireName, string Name);

    /// <summary>A union of classes told apart by a discriminator property; its C# type is the base class.</summary>
    internal sealed record UnionModel(
        string Name,
        string? Description,
        string DiscriminatorJsonName,
        string? FallbackName,
        EquatableArray<string> Members);

    /// <summary>Canvas size per value of the orientation property (x-canvas).</summary>
    internal sealed record CanvasModel(string PropertyJsonName, string EnumName, EquatableArray<CanvasSizeModel> Sizes);

    internal sealed record CanvasSizeModel(string WireValue, string MemberName, int Width, int Height);

    /// <summary>The outcome of reading a schema: a model when it could be read, and diagnostics either way.</summary>
    internal sealed record SchemaResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
