using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits the fluent builders: one per class, a method per property (named by the schema's
    /// x-builder), group methods such as Position(left, top), and on the class that holds a
    /// union list a method per union member (Avatar, Text, Image, ...). The bookkeeping users
    /// get wrong by hand (indexes, ids, layers, scripts) lives in the runtime's partial half.
    /// </summary>
    internal static class BuilderEmitter
    {
        public static string BuilderName(ObjectModel model) => model.Name + "Builder";

        public static bool WantsBuilder(SchemaIndex index, ObjectModel model) =>
            model.HasBuilder && (!model.IsAbstract || index.UnionOf(model) is not null);

        public static string Emit(SchemaIndex index, ObjectModel model)
        {
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            UnionModel? union = index.UnionOf(model);
            string target = index.Global(model.Name);
            string self;
            if (union is not null)
            {
                self = "TSelf";
                writer.Line($"/// <summary>The methods every {model.Name} builder has. <typeparamref name=\"TSelf\"/> lets them chain on the derived builder.</summary>");
                writer.Line($"/// <typeparam name=\"TSelf\">The derived builder.</typeparam>");
                writer.Line($"/// <typeparam name=\"T{model.Name}\">The {model.Name} it builds.</typeparam>");
                writer.Line(ModelEmitter.GeneratedCodeAttribute);
                writer.Line($"public abstract partial class {BuilderName(model)}<TSelf, T{model.Name}>");
                writer.Indent();
                writer.Line($"where TSelf : {BuilderName(model)}<TSelf, T{model.Name}>");
                writer.Line($"where T{model.Name} : {target}");
                writer.Unindent();
                writer.OpenBrace();
                writer.Line($"/// <summary>Wraps the {model.Name} to configure.</summary>");
                writer.Line($"/// <param name=\"target\">The {model.Name}.</param>");
                using (writer.Block($"private protected {BuilderName(model)}(T{model.Name} target)"))
                {
                    writer.Line("Target = target ?? throw new global::System.ArgumentNullException(nameof(target));");
                }

                writer.Line();
                writer.Line($"/// <summary>The {model.Name} being built; change anything the methods do not cover.</summary>");
                writer.Line($"public T{model.Name} Target {{ get; }}");
                writer.Line();
                writer.Line("private TSelf Self => (TSelf)this;");
            }
            else
            {
                ObjectModel? baseModel = index.Base(model);
                bool derivedBuilder = baseModel is not null && index.UnionOf(baseModel) is not null;
                self = BuilderName(model);
                writer.Line($"/// <summary>Builds a <see cref=\"{target}\"/>: {Docs.Escape(model.Description ?? model.Name)}</summary>");
                writer.Line(ModelEmitter.GeneratedCodeAttribute);
                string baseList = derivedBuilder ? $" : {index.Global(BuilderName(baseModel!))}<{self}, {target}>" : string.Empty;
                writer.Line($"public sealed partial class {self}{baseList}");
                writer.OpenBrace();
                writer.Line($"/// <summary>Wraps a {model.Name} to configure.</summary>");
                writer.Line($"/// <param name=\"target\">The {model.Name}.</param>");
                if (derivedBuilder)
                {
                    writer.Line($"public {self}({target} target)");
                    writer.Line("    : base(target)");
                    writer.OpenBrace();
                    writer.CloseBrace();
                }
                else
                {
                    using (writer.Block($"public {self}({target} target)"))
                    {
                        writer.Line("Target = target ?? throw new global::System.ArgumentNullException(nameof(target));");
                    }

                    writer.Line();
                    writer.Line($"/// <summary>The {model.Name} being built; change anything the methods do not cover.</summary>");
                    writer.Line($"public {target} Target {{ get; }}");
                }

                writer.Line();
                EmitCreate(writer, index, model);
                EmitBuildDefaults(writer, index, model);
            }

            string returnSelf = union is not null ? "Self" : "this";
            foreach (PropertyModel property in model.Properties)
            {
                EmitPropertyMethods(writer, index, property, self, returnSelf);
            }

            foreach (BuilderGroupModel group in model.BuilderGroups)
            {
                EmitGroup(writer, index, model, group, self, returnSelf);
            }

            foreach (PropertyModel property in model.Properties.Where(p => p.Kind == PropertyKind.Array && p.ItemKind == PropertyKind.Union))
            {
                EmitUnionMemberMethods(writer, index, property, self);
            }

            writer.CloseBrace();
            return writer.EndFile();
        }

        /// <summary><c>Create(...)</c>: a new object with the builder's initial values and the given required values.</summary>
        private static void EmitCreate(SourceWriter writer, SchemaIndex index, ObjectModel model)
        {
            IReadOnlyList<PropertyModel> all = index.AllProperties(model);
            List<PropertyModel> parameters = model.BuilderParameters.Select(p => all.FirstOrDefault(a => a.JsonName == p)).Where(p => p is not null).ToList()!;
            string target = index.Global(model.Name);
            writer.Line($"/// <summary>A new {model.Name} with the builder's starting values (the schema's x-builder-initial).</summary>");
            foreach (PropertyModel parameter in parameters)
            {
                writer.Line($"/// <param name=\"{ParameterName(parameter)}\">{Docs.Escape(parameter.Description ?? parameter.Name)}</param>");
            }

            writer.Line($"/// <returns>The new {model.Name}.</returns>");
            string parameterList = string.Join(", ", parameters.Select(p => $"{index.ValueType(p.Kind, p.TypeName)} {ParameterName(p)}"));
            writer.Line($"public static {target} Create({parameterList})");
            writer.OpenBrace();
            writer.Line($"var created = new {target}");
            writer.OpenBrace();
            foreach (PropertyModel property in all.Where(p => !p.IsDiscriminator))
            {
                if (parameters.Contains(property))
                {
                    writer.Line($"{property.Name} = {ParameterName(property)},");
                    continue;
                }

                ValueModel? initial = index.Initial(model, property);
                string? literal = initial is null ? null : CSharpLiteral.Of(initial, property.TypeName is null ? null : index.Global(property.TypeName));
                if (literal is not null)
                {
                    writer.Line($"{property.Name} = {literal},");
                }
                else if (SchemaIndex.UsesRequiredModifier(property))
                {
                    writer.Line($"{property.Name} = {Placeholder(index, property, 0)},");
                }
            }

            writer.CloseBrace(";");
            foreach (PropertyModel property in all.Where(p => index.Initial(model, p)?.Kind == ValueKind.Null))
            {
                // An explicit null on the wire lives in AdditionalProperties (see the model's docs).
                writer.Line($"created.AdditionalProperties[{CSharpLiteral.String(property.JsonName)}] = global::AiStudios.Serialization.JsonReadSupport.Null;");
            }

            writer.Line("return created;");
            writer.CloseBrace();
        }

        /// <summary>
        /// <c>ApplyBuildDefaults(target)</c>: the schema's <c>x-builder-default</c> for each property still unset once
        /// the object is finished (the runtime's Build() calls it). Unlike an initial value, which the user's calls
        /// change, a default never merges with what the user set: it is there only when they set nothing.
        /// </summary>
        private static void EmitBuildDefaults(SourceWriter writer, SchemaIndex index, ObjectModel model)
        {
            List<PropertyModel> defaults = index.AllProperties(model).Where(p => p.BuilderDefault is not null).ToList();
            if (defaults.Count == 0)
            {
                return;
            }

            writer.Line();
            writer.Line($"/// <summary>Gives the properties still unset when the {model.Name} is built the schema's x-builder-default.</summary>");
            writer.Line($"/// <param name=\"target\">The finished {model.Name}.</param>");
            using (writer.Block($"internal static void ApplyBuildDefaults({index.Global(model.Name)} target)"))
            {
                foreach (PropertyModel property in defaults)
                {
                    ValueModel value = property.BuilderDefault!;
                    if (value.Kind != ValueKind.Object || value.Members.Count == 0)
                    {
                        writer.Line($"target.{property.Name} ??= {DefaultLiteral(index, property, value)};");
                        continue;
                    }

                    // An object over several lines, one property a line, as a person would write it.
                    IReadOnlyList<PropertyModel> members = index.AllProperties(index.Object(property.TypeName!));
                    writer.Line($"target.{property.Name} ??= new {index.Global(property.TypeName!)}");
                    writer.OpenBrace();
                    foreach (InitialValueModel member in value.Members)
                    {
                        PropertyModel target = members.Last(p => p.JsonName == member.JsonName);
                        writer.Line($"{target.Name} = {DefaultLiteral(index, target, member.Value)},");
                    }

                    writer.CloseBrace(";");
                }
            }
        }

        /// <summary>A default as C#: a literal, an object initializer of the property's class, or a new empty list.</summary>
        private static string DefaultLiteral(SchemaIndex index, PropertyModel property, ValueModel value)
        {
            switch (value.Kind)
            {
                case ValueKind.Object:
                    ObjectModel type = index.Object(property.TypeName!);
                    IReadOnlyList<PropertyModel> all = index.AllProperties(type);
                    IEnumerable<string> members = value.Members.Select(m =>
                    {
                        PropertyModel member = all.Last(p => p.JsonName == m.JsonName);
                        return $"{member.Name} = {DefaultLiteral(index, member, m.Value)}";
                    });
                    return $"new {index.Global(type.Name)} {{ {string.Join(", ", members)} }}";
                case ValueKind.EmptyList:
                    return $"new {index.ListType(property)}()";
                default:
                    return CSharpLiteral.Of(value, property.Kind == PropertyKind.Enum ? index.Global(property.TypeName!) : null) ?? "default";
            }
        }

        /// <summary>A stand-in for a required value the builder fills in later (an id, a size).</summary>
        private static string Placeholder(SchemaIndex index, PropertyModel property, int depth)
        {
            switch (property.Kind)
            {
                case PropertyKind.String: return "string.Empty";
                case PropertyKind.Number: return "0d";
                case PropertyKind.Integer: return "0";
                case PropertyKind.Boolean: return "false";
                case PropertyKind.Enum: return "default";
                case PropertyKind.Object when depth < 4:
                    ObjectModel nested = index.Object(property.TypeName!);
                    IEnumerable<string> members = index.AllProperties(nested).Where(SchemaIndex.UsesRequiredModifier)
                        .Select(p => $"{p.Name} = {Placeholder(index, p, depth + 1)}");
                    return $"new {index.Global(nested.Name)} {{ {string.Join(", ", members)} }}";
                default: return "default!";
            }
        }

        public static string ParameterName(PropertyModel property) => Schema.Naming.ToCamelCase(property.Name);

        private static void EmitPropertyMethods(SourceWriter writer, SchemaIndex index, PropertyModel property, string self, string returnSelf)
        {
            if (property.BuilderMethod is null || property.IsDiscriminator)
            {
                return;
            }

            string method = property.BuilderMethod;
            string summary = Docs.Escape(property.Description ?? property.Name);
            writer.Line();
            switch (property.Kind)
            {
                case PropertyKind.Object:
                    ObjectModel nested = index.Object(property.TypeName!);
                    if (WantsBuilder(index, nested))
                    {
                        writer.Line($"/// <summary>{summary}</summary>");
                        writer.Line($"/// <param name=\"configure\">Sets the {nested.Name}'s properties.</param>");
                        writer.Line("/// <returns>This builder.</returns>");
                        using (writer.Block($"public {self} {method}(global::System.Action<{index.Global(BuilderName(nested))}> configure)"))
                        {
                            writer.Line("if (configure is null) throw new global::System.ArgumentNullException(nameof(configure));");
                            writer.Line($"var value = Target.{property.Name} ?? {index.Global(BuilderName(nested))}.Create();");
                            writer.Line($"configure(new {index.Global(BuilderName(nested))}(value));");
                            writer.Line($"Target.{property.Name} = value;");
                            writer.Line($"return {returnSelf};");
                        }

                        writer.Line();
                    }

                    EmitSetter(writer, summary, self, returnSelf, method, index.ValueType(property.Kind, property.TypeName), property);
                    break;
                case PropertyKind.Array:
                    string item = index.ValueType(property.ItemKind!.Value, property.TypeName);
                    writer.Line($"/// <summary>{summary}</summary>");
                    writer.Line("/// <param name=\"items\">The items, replacing any set before.</param>");
                    writer.Line("/// <returns>This builder.</returns>");
                    using (writer.Block($"public {self} {method}(params {item}[] items)"))
                    {
                        writer.Line("if (items is null) throw new global::System.ArgumentNullException(nameof(items));");
                        writer.Line($"Target.{property.Name} = new {index.ListType(property)}(items);");
                        writer.Line($"return {returnSelf};");
                    }

                    break;
                case PropertyKind.Union:
                    break;
                default:
                    string type = index.ValueType(property.Kind, property.TypeName);
                    EmitSetter(writer, summary, self, returnSelf, method, property.Kind == PropertyKind.String && !property.IsRequired ? type + "?" : type, property);
                    break;
            }
        }

        private static void EmitSetter(SourceWriter writer, string summary, string self, string returnSelf, string method, string type, PropertyModel property)
        {
            writer.Line($"/// <summary>{summary}</summary>");
            writer.Line($"/// <param name=\"value\">{Docs.PropertyFacts(property)}</param>");
            writer.Line("/// <returns>This builder.</returns>");
            using (writer.Block($"public {self} {method}({type} value)"))
            {
                if (SchemaIndex.IsRequiredNonNull(property) && !SchemaIndex.IsValueType(property.Kind))
                {
                    writer.Line("Target." + property.Name + " = value ?? throw new global::System.ArgumentNullException(nameof(value));");
                }
                else
                {
                    writer.Line("Target." + property.Name + " = value;");
                }

                writer.Line($"return {returnSelf};");
            }
        }

        private static void EmitGroup(SourceWriter writer, SchemaIndex index, ObjectModel model, BuilderGroupModel group, string self, string returnSelf)
        {
            IReadOnlyList<PropertyModel> all = index.AllProperties(model);
            List<PropertyModel> properties = group.Parameters.Select(p => all.FirstOrDefault(a => a.JsonName == p)).Where(p => p is not null).ToList()!;
            if (properties.Count != group.Parameters.Count)
            {
                return;
            }

            writer.Line();
            writer.Line($"/// <summary>{Docs.Escape(group.Description ?? group.Method)}</summary>");
            foreach (PropertyModel property in properties)
            {
                writer.Line($"/// <param name=\"{ParameterName(property)}\">{Docs.Escape(property.Description ?? property.Name)}</param>");
            }

            writer.Line("/// <returns>This builder.</returns>");
            using (writer.Block($"public {self} {group.Method}({string.Join(", ", properties.Select(p => $"{index.ValueType(p.Kind, p.TypeName)} {ParameterName(p)}"))})"))
            {
                foreach (PropertyModel property in properties)
                {
                    writer.Line($"Target.{property.Name} = {ParameterName(property)};");
                }

                writer.Line($"return {returnSelf};");
            }

            if (group.Uniform && properties.Select(p => p.Kind).Distinct().Count() == 1)
            {
                string type = index.ValueType(properties[0].Kind, properties[0].TypeName);
                string parameter = Schema.Naming.ToCamelCase(group.Method);
                writer.Line();
                writer.Line($"/// <summary>{Docs.Escape(group.Description ?? group.Method)} Sets {string.Join(" and ", properties.Select(p => Docs.Code(p.JsonName)))} to one value.</summary>");
                writer.Line($"/// <param name=\"{parameter}\">The value for {string.Join(" and ", properties.Select(p => Docs.Code(p.JsonName)))}.</param>");
                writer.Line("/// <returns>This builder.</returns>");
                writer.Line($"public {self} {group.Method}({type} {parameter}) => {group.Method}({string.Join(", ", properties.Select(_ => parameter))});");
            }
        }

        /// <summary>On the class holding a union list: one method per member, e.g. <c>Text(text, configure)</c>.</summary>
        private static void EmitUnionMemberMethods(SourceWriter writer, SchemaIndex index, PropertyModel listProperty, string self)
        {
            UnionModel union = index.Schema.Unions.First(u => u.Name == listProperty.TypeName);
            foreach (string memberName in union.Members)
            {
                ObjectModel member = index.Object(memberName);
                if (member.BuilderMethod is null || !member.HasBuilder)
                {
                    continue;
                }

                IReadOnlyList<PropertyModel> all = index.AllProperties(member);
                List<PropertyModel> parameters = member.BuilderParameters.Select(p => all.FirstOrDefault(a => a.JsonName == p)).Where(p => p is not null).ToList()!;
                string builder = index.Global(BuilderName(member));
                writer.Line();
                writer.Line($"/// <summary>Adds a {Docs.Escape(member.Name)}: {Docs.Escape(member.Description ?? member.Name)}</summary>");
                foreach (PropertyModel parameter in parameters)
                {
                    writer.Line($"/// <param name=\"{ParameterName(parameter)}\">{Docs.Escape(parameter.Description ?? parameter.Name)}</param>");
                }

                writer.Line("/// <param name=\"configure\">Sets position, size, scale, layer, opacity, angle and the rest; optional.</param>");
                writer.Line("/// <returns>This builder.</returns>");
                string parameterList = string.Join(string.Empty, parameters.Select(p => $"{index.ValueType(p.Kind, p.TypeName)} {ParameterName(p)}, "));
                using (writer.Block($"public {self} {member.BuilderMethod}({parameterList}global::System.Action<{builder}>? configure = null)"))
                {
                    foreach (PropertyModel parameter in parameters.Where(p => !SchemaIndex.IsValueType(p.Kind)))
                    {
                        writer.Line($"if ({ParameterName(parameter)} is null) throw new global::System.ArgumentNullException(nameof({ParameterName(parameter)}));");
                    }

                    writer.Line($"var builder = new {builder}({builder}.Create({string.Join(", ", parameters.Select(ParameterName))}));");
                    writer.Line($"Add{listProperty.Name}(builder.Target, configure is null ? null : () => configure(builder));");
                    writer.Line("return this;");
                }
            }
        }
    }
}
