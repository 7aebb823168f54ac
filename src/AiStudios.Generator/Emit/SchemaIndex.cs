using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>Look-ups the emitters share: classes by name, inheritance, C# type names.</summary>
    internal sealed class SchemaIndex
    {
        private readonly Dictionary<string, ObjectModel> _objects;

        public SchemaIndex(SchemaModel schema)
        {
            Schema = schema;
            _objects = schema.Objects.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
        }

        public SchemaModel Schema { get; }

        public string Namespace => Schema.Namespace;

        public ObjectModel Object(string name) => _objects[name];

        public ObjectModel? Base(ObjectModel model) => model.BaseName is null ? null : _objects[model.BaseName];

        public bool HasDerived(ObjectModel model) => Schema.Objects.Any(o => o.BaseName == model.Name);

        public UnionModel? UnionOf(ObjectModel model) => Schema.Unions.FirstOrDefault(u => u.Name == model.Name);

        /// <summary>The properties of a class with those of its bases first, in schema order.</summary>
        public IReadOnlyList<PropertyModel> AllProperties(ObjectModel model)
        {
            var chain = new List<ObjectModel>();
            for (ObjectModel? current = model; current is not null && !chain.Contains(current); current = Base(current))
            {
                chain.Insert(0, current);
            }

            return chain.SelectMany(c => c.Properties).ToList();
        }

        /// <summary>The builder's initial value of a property, with the class's overrides (and its bases') taking precedence.</summary>
        public ValueModel? Initial(ObjectModel model, PropertyModel property)
        {
            for (ObjectModel? current = model; current is not null; current = Base(current))
            {
                InitialValueModel? over = current.InitialOverrides.FirstOrDefault(i => i.JsonName == property.JsonName);
                if (over is not null)
                {
                    return over.Value;
                }
            }

            return property.Initial;
        }

        public string Global(string typeName) => "global::" + Namespace + "." + typeName;

        /// <summary>The C# type of a single value of this kind.</summary>
        public string ValueType(PropertyKind kind, string? typeName) => kind switch
        {
            PropertyKind.String => "string",
            PropertyKind.Number => "double",
            PropertyKind.Integer => "int",
            PropertyKind.Boolean => "bool",
            PropertyKind.Any => "global::System.Text.Json.JsonElement",
            _ => Global(typeName!),
        };

        public static bool IsValueType(PropertyKind kind) =>
            kind is PropertyKind.Number or PropertyKind.Integer or PropertyKind.Boolean or PropertyKind.Enum or PropertyKind.Any
                or PropertyKind.IntegerOrString or PropertyKind.NumberOrString;

        /// <summary>Whether values of this kind are a generated number-or-string struct.</summary>
        public static bool IsNumberOrString(PropertyKind kind) => kind is PropertyKind.IntegerOrString or PropertyKind.NumberOrString;

        /// <summary>Required properties are non-nullable; arrays are lists.</summary>
        public string PropertyType(PropertyModel property)
        {
            if (property.Kind == PropertyKind.Array)
            {
                string list = ListType(property);
                return IsRequiredNonNull(property) ? list : list + "?";
            }

            string type = ValueType(property.Kind, property.TypeName);
            return IsRequiredNonNull(property) ? type : type + "?";
        }

        public string ListType(PropertyModel property) =>
            "global::System.Collections.Generic.List<" + ValueType(property.ItemKind!.Value, property.TypeName) + ">";

        /// <summary>Any values stay nullable even when required: JSON null is a value there.</summary>
        public static bool IsRequiredNonNull(PropertyModel property) => property.IsRequired && property.Kind != PropertyKind.Any;

        /// <summary>Uses the C# 11 <c>required</c> modifier; required lists start empty instead.</summary>
        public static bool UsesRequiredModifier(PropertyModel property) => IsRequiredNonNull(property) && property.Kind != PropertyKind.Array;
    }
}
