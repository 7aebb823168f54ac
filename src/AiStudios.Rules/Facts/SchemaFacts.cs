using System;
using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// What the schema says, as the rules need it: types and their properties with ranges,
    /// formats and enum values, unions, and the canvas per orientation. The generator writes
    /// an instance of this from <c>schema/project.schema.json</c> into every assembly that
    /// runs the rules (<c>GeneratedSchemaFacts.Create()</c>), so nothing here is typed by hand.
    /// </summary>
    internal sealed class SchemaFacts
    {
        private readonly Dictionary<string, TypeFacts> _types = new Dictionary<string, TypeFacts>(StringComparer.Ordinal);
        private readonly Dictionary<string, EnumFacts> _enums = new Dictionary<string, EnumFacts>(StringComparer.Ordinal);
        private readonly Dictionary<string, UnionFacts> _unions = new Dictionary<string, UnionFacts>(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<PropertyFacts>> _allProperties = new Dictionary<string, IReadOnlyList<PropertyFacts>>(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, PropertyFacts>> _byWireName = new Dictionary<string, Dictionary<string, PropertyFacts>>(StringComparer.Ordinal);

        public SchemaFacts(string rootName, string modelNamespace, IReadOnlyList<TypeFacts> types, IReadOnlyList<EnumFacts> enums, IReadOnlyList<UnionFacts> unions, CanvasFacts? canvas)
        {
            RootName = rootName;
            ModelNamespace = modelNamespace;
            Types = types;
            Enums = enums;
            Unions = unions;
            Canvas = canvas;
            foreach (TypeFacts type in types)
            {
                _types[type.Name] = type;
            }

            foreach (EnumFacts facts in enums)
            {
                _enums[facts.Name] = facts;
            }

            foreach (UnionFacts union in unions)
            {
                _unions[union.Name] = union;
            }

            foreach (TypeFacts type in types)
            {
                List<PropertyFacts> all = CollectProperties(type);
                _allProperties[type.Name] = all;
                var byName = new Dictionary<string, PropertyFacts>(StringComparer.Ordinal);
                foreach (PropertyFacts property in all)
                {
                    byName[property.JsonName] = property;
                }

                _byWireName[type.Name] = byName;
            }
        }

        /// <summary>The C# name of the root type (<c>Project</c>).</summary>
        public string RootName { get; }

        /// <summary>The namespace of the generated model (<c>AiStudios</c>): where the analyzers look for its types.</summary>
        public string ModelNamespace { get; }

        public IReadOnlyList<TypeFacts> Types { get; }

        public IReadOnlyList<EnumFacts> Enums { get; }

        public IReadOnlyList<UnionFacts> Unions { get; }

        public CanvasFacts? Canvas { get; }

        public TypeFacts? Type(string? name) => name is not null && _types.TryGetValue(name, out TypeFacts? type) ? type : null;

        public EnumFacts? Enum(string? name) => name is not null && _enums.TryGetValue(name, out EnumFacts? facts) ? facts : null;

        public UnionFacts? Union(string? name) => name is not null && _unions.TryGetValue(name, out UnionFacts? union) ? union : null;

        /// <summary>The properties of a type with those of its bases first.</summary>
        public IReadOnlyList<PropertyFacts> AllProperties(TypeFacts type) =>
            _allProperties.TryGetValue(type.Name, out IReadOnlyList<PropertyFacts>? properties) ? properties : type.Properties;

        /// <summary>A property of a type or its bases by wire name; a look-up per value the rules visit, so a dictionary.</summary>
        public PropertyFacts? Property(TypeFacts type, string jsonName) =>
            _byWireName.TryGetValue(type.Name, out Dictionary<string, PropertyFacts>? byName) && byName.TryGetValue(jsonName, out PropertyFacts? property) ? property : null;

        /// <summary>The concrete type of a union member with the given discriminator value, or null when the value is not known.</summary>
        public TypeFacts? UnionMember(UnionFacts union, string discriminatorValue)
        {
            foreach (string member in union.Members)
            {
                TypeFacts? type = Type(member);
                if (type?.DiscriminatorValue == discriminatorValue)
                {
                    return type;
                }
            }

            return null;
        }

        /// <summary>Whether an object of <paramref name="type"/> must have <paramref name="property"/>, declared there or required by the type of an inherited one.</summary>
        public bool IsRequired(TypeFacts type, PropertyFacts property)
        {
            if (property.IsRequired)
            {
                return true;
            }

            for (TypeFacts? current = type; current is not null; current = current.BaseName == current.Name ? null : Type(current.BaseName))
            {
                foreach (string name in current.InheritedRequired)
                {
                    if (string.Equals(name, property.JsonName, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> is <paramref name="ancestor"/> or derives from it.</summary>
        public bool IsA(TypeFacts type, string ancestor)
        {
            for (TypeFacts? current = type; current is not null; current = Type(current.BaseName))
            {
                if (current.Name == ancestor)
                {
                    return true;
                }

                if (current.BaseName == current.Name)
                {
                    break;
                }
            }

            return false;
        }

        private List<PropertyFacts> CollectProperties(TypeFacts type)
        {
            var chain = new List<TypeFacts>();
            for (TypeFacts? current = type; current is not null && !chain.Contains(current); current = Type(current.BaseName))
            {
                chain.Insert(0, current);
            }

            var result = new List<PropertyFacts>();
            foreach (TypeFacts link in chain)
            {
                foreach (PropertyFacts property in link.Properties)
                {
                    // A derived type may narrow a base property (a clip's "type" is const per kind): the later one wins.
                    result.RemoveAll(p => p.JsonName == property.JsonName);
                    result.Add(property);
                }
            }

            return result;
        }
    }

    /// <summary>What a property holds, as the schema types it.</summary>
    internal enum FactKind
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

        /// <summary>A whole number or a string (<c>fontWeight</c>).</summary>
        IntegerOrString,

        /// <summary>A number or a string.</summary>
        NumberOrString,
    }

    /// <summary>One object type of the schema (a C# class of the model).</summary>
    internal sealed class TypeFacts
    {
        public TypeFacts(
            string name,
            string? baseName,
            bool isAbstract,
            string? discriminatorValue,
            IReadOnlyList<PropertyFacts> properties,
            string? builderMethod = null,
            IReadOnlyList<string>? builderParameters = null,
            IReadOnlyList<BuilderGroupFacts>? builderGroups = null,
            IReadOnlyList<string>? inheritedRequired = null)
        {
            InheritedRequired = inheritedRequired ?? System.Array.Empty<string>();
            Name = name;
            BaseName = baseName;
            IsAbstract = isAbstract;
            DiscriminatorValue = discriminatorValue;
            Properties = properties;
            BuilderMethod = builderMethod;
            BuilderParameters = builderParameters ?? System.Array.Empty<string>();
            BuilderGroups = builderGroups ?? System.Array.Empty<BuilderGroupFacts>();
        }

        /// <summary>The C# class name, e.g. <c>TextClip</c>.</summary>
        public string Name { get; }

        public string? BaseName { get; }

        public bool IsAbstract { get; }

        /// <summary>The wire value of the union's discriminator for this type, e.g. <c>textImage</c>.</summary>
        public string? DiscriminatorValue { get; }

        /// <summary>The properties this type declares (see <see cref="SchemaFacts.AllProperties"/> for inherited ones).</summary>
        public IReadOnlyList<PropertyFacts> Properties { get; }

        /// <summary>The builder method that adds one of these to its parent, e.g. <c>Text</c> on the scene builder.</summary>
        public string? BuilderMethod { get; }

        /// <summary>The wire names of that method's leading parameters, in order.</summary>
        public IReadOnlyList<string> BuilderParameters { get; }

        /// <summary>Builder methods that set several properties at once, such as <c>Position(left, top)</c>.</summary>
        public IReadOnlyList<BuilderGroupFacts> BuilderGroups { get; }

        /// <summary>Inherited properties this type requires although its base does not (a shape's and a text's <c>fill</c>).</summary>
        public IReadOnlyList<string> InheritedRequired { get; }
    }

    /// <summary>One property of a type.</summary>
    internal sealed class PropertyFacts
    {
        public PropertyFacts(
            string jsonName,
            string csharpName,
            FactKind kind,
            string? typeName = null,
            FactKind? itemKind = null,
            bool isRequired = false,
            bool isReferenceRequired = false,
            bool allowsNull = false,
            bool isDiscriminator = false,
            RangeFacts? range = null,
            string? format = null,
            string? builderMethod = null,
            string? builderDefault = null)
        {
            IsReferenceRequired = isReferenceRequired;
            BuilderDefault = builderDefault;
            JsonName = jsonName;
            CSharpName = csharpName;
            Kind = kind;
            TypeName = typeName;
            ItemKind = itemKind;
            IsRequired = isRequired;
            AllowsNull = allowsNull;
            IsDiscriminator = isDiscriminator;
            Range = range ?? RangeFacts.None;
            Format = format;
            BuilderMethod = builderMethod;
        }

        /// <summary>The name on the wire, e.g. <c>scaleX</c>.</summary>
        public string JsonName { get; }

        /// <summary>The C# property name, e.g. <c>ScaleX</c>.</summary>
        public string CSharpName { get; }

        public FactKind Kind { get; }

        /// <summary>The object, enum or union type of the value (or of an array's items).</summary>
        public string? TypeName { get; }

        public FactKind? ItemKind { get; }

        public bool IsRequired { get; }

        /// <summary>The API reference requires it, but published examples leave it out: absent is a warning (AIS1004), not an error.</summary>
        public bool IsReferenceRequired { get; }

        public bool AllowsNull { get; }

        public bool IsDiscriminator { get; }

        public RangeFacts Range { get; }

        /// <summary>The schema's <c>x-format</c>: <c>color</c>, <c>speech</c>, <c>avatar-id</c>, <c>clothes-id</c>.</summary>
        public string? Format { get; }

        /// <summary>The builder method that sets this property alone, when there is one.</summary>
        public string? BuilderMethod { get; }

        /// <summary>What Build() writes when the property is still unset (the schema's <c>x-builder-default</c>), as compact JSON.</summary>
        public string? BuilderDefault { get; }
    }

    /// <summary>The numeric and size limits of a property.</summary>
    internal sealed class RangeFacts
    {
        public static readonly RangeFacts None = new RangeFacts();

        public RangeFacts(double? minimum = null, double? maximum = null, double? exclusiveMinimum = null, double? exclusiveMaximum = null, int? minLength = null, int? minItems = null)
        {
            Minimum = minimum;
            Maximum = maximum;
            ExclusiveMinimum = exclusiveMinimum;
            ExclusiveMaximum = exclusiveMaximum;
            MinLength = minLength;
            MinItems = minItems;
        }

        public double? Minimum { get; }

        public double? Maximum { get; }

        public double? ExclusiveMinimum { get; }

        public double? ExclusiveMaximum { get; }

        public int? MinLength { get; }

        public int? MinItems { get; }

        public bool HasNumericLimits => Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;
    }

    /// <summary>A builder method that sets several properties, e.g. <c>Position(left, top)</c>.</summary>
    internal sealed class BuilderGroupFacts
    {
        public BuilderGroupFacts(string method, IReadOnlyList<string> parameters, bool uniform)
        {
            Method = method;
            Parameters = parameters;
            Uniform = uniform;
        }

        public string Method { get; }

        /// <summary>The wire names it sets, in parameter order.</summary>
        public IReadOnlyList<string> Parameters { get; }

        /// <summary>Whether a one-argument overload sets every parameter to the same value (<c>Scale(1.2)</c>).</summary>
        public bool Uniform { get; }
    }

    /// <summary>A string enum: wire values and C# member names, in declaration order.</summary>
    internal sealed class EnumFacts
    {
        public EnumFacts(string name, IReadOnlyList<string> wireValues, IReadOnlyList<string> memberNames)
        {
            Name = name;
            WireValues = wireValues;
            MemberNames = memberNames;
        }

        public string Name { get; }

        public IReadOnlyList<string> WireValues { get; }

        public IReadOnlyList<string> MemberNames { get; }

        public bool Contains(string wireValue)
        {
            foreach (string value in WireValues)
            {
                if (string.Equals(value, wireValue, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Types told apart by a discriminator property.</summary>
    internal sealed class UnionFacts
    {
        public UnionFacts(string name, string discriminator, string? fallbackName, IReadOnlyList<string> members)
        {
            Name = name;
            Discriminator = discriminator;
            FallbackName = fallbackName;
            Members = members;
        }

        /// <summary>The base type's name, e.g. <c>Clip</c>.</summary>
        public string Name { get; }

        /// <summary>The wire name of the discriminator, e.g. <c>type</c>.</summary>
        public string Discriminator { get; }

        public string? FallbackName { get; }

        public IReadOnlyList<string> Members { get; }
    }

    /// <summary>The canvas size per value of the orientation property (the schema's <c>x-canvas</c>).</summary>
    internal sealed class CanvasFacts
    {
        public CanvasFacts(string property, string enumName, string? defaultValue, IReadOnlyList<CanvasSize> sizes)
        {
            Property = property;
            EnumName = enumName;
            DefaultValue = defaultValue;
            Sizes = sizes;
        }

        /// <summary>The root property that picks the canvas, e.g. <c>orientation</c>.</summary>
        public string Property { get; }

        public string EnumName { get; }

        /// <summary>The orientation a project without one gets (the property's schema default).</summary>
        public string? DefaultValue { get; }

        public IReadOnlyList<CanvasSize> Sizes { get; }

        public CanvasSize? For(string? orientation)
        {
            foreach (CanvasSize size in Sizes)
            {
                if (string.Equals(size.Orientation, orientation, StringComparison.Ordinal))
                {
                    return size;
                }
            }

            return null;
        }
    }

    /// <summary>One canvas: its orientation's wire value and its size in px.</summary>
    internal sealed class CanvasSize
    {
        public CanvasSize(string orientation, double width, double height)
        {
            Orientation = orientation;
            Width = width;
            Height = height;
        }

        public string Orientation { get; }

        public double Width { get; }

        public double Height { get; }
    }
}
