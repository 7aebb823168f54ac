using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits <c>ToRuleObject()</c> for a model class: the object as the shared validation rules'
    /// neutral tree. Typed properties first; then every kept raw value (AdditionalProperties)
    /// that no typed property shadows, the same precedence the JSON writer uses, so the rules see
    /// exactly what would be sent, including values the typed properties could not hold.
    /// Unlike the writer it never throws: NaN, null list items and undefined enum values become
    /// values the rules report.
    /// </summary>
    internal static class RuleTreeEmitter
    {
        private const string Rules = "global::AiStudios.Validation.Rules.";
        private const string Tree = "global::AiStudios.Validation.RuleTree";

        public static string Emit(SchemaIndex index, ObjectModel model)
        {
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            using (writer.Block($"public partial class {model.Name}"))
            {
                string modifier = model.BaseName is not null ? "override " : index.HasDerived(model) ? "virtual " : string.Empty;
                writer.Line("/// <summary>This object as the validation rules read it.</summary>");
                using (writer.Block($"internal {modifier}{Rules}RuleObject ToRuleObject()"))
                {
                    List<PropertyModel> properties = index.AllProperties(model).GroupBy(p => p.JsonName).Select(g => g.Last()).ToList();
                    writer.Line($"var node = new {Rules}RuleObject(capacity: {properties.Count});");
                    foreach (PropertyModel property in properties)
                    {
                        EmitProperty(writer, index, property);
                    }

                    using (writer.Block($"if ({ModelEmitter.AdditionalField} is {{ Count: > 0 }} additional)"))
                    {
                        using (writer.Block("foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> entry in additional)"))
                        {
                            writer.Line($"if (!node.Has(entry.Key)) node.Set(entry.Key, {Tree}.FromJson(entry.Value));");
                        }
                    }

                    writer.Line("return node;");
                }
            }

            return writer.EndFile();
        }

        private static void EmitProperty(SourceWriter writer, SchemaIndex index, PropertyModel property)
        {
            string key = CSharpLiteral.String(property.JsonName);
            string name = property.Name;
            bool nonNull = SchemaIndex.IsRequiredNonNull(property);
            switch (property.Kind)
            {
                case PropertyKind.String:
                    writer.Line($"if ({name} is not null) node.Set({key}, {Rules}RuleValue.FromString({name}));");
                    break;
                case PropertyKind.Number:
                case PropertyKind.Integer:
                    writer.Line(nonNull
                        ? $"node.Set({key}, {Rules}RuleValue.FromNumber({name}));"
                        : $"if ({name} is {index.ValueType(property.Kind, null)} {Local(property)}) node.Set({key}, {Rules}RuleValue.FromNumber({Local(property)}));");
                    break;
                case PropertyKind.Boolean:
                    writer.Line(nonNull
                        ? $"node.Set({key}, {Rules}RuleValue.FromBoolean({name}));"
                        : $"if ({name} is bool {Local(property)}) node.Set({key}, {Rules}RuleValue.FromBoolean({Local(property)}));");
                    break;
                case PropertyKind.Enum:
                    string type = index.Global(property.TypeName!);
                    writer.Line(nonNull
                        ? $"node.Set({key}, {EnumValue(index, property, name)});"
                        : $"if ({name} is {type} {Local(property)}) node.Set({key}, {EnumValue(index, property, Local(property))});");
                    break;
                case PropertyKind.IntegerOrString:
                case PropertyKind.NumberOrString:
                    string either = nonNull ? name : Local(property);
                    string set = $"node.Set({key}, {either}.Text is string {Local(property)}Text ? {Rules}RuleValue.FromString({Local(property)}Text) : {Rules}RuleValue.FromNumber({either}.Number.GetValueOrDefault()));";
                    writer.Line(nonNull ? set : $"if ({name} is {index.Global(property.TypeName!)} {Local(property)}) {set}");
                    break;
                case PropertyKind.Any:
                    writer.Line($"if ({name} is global::System.Text.Json.JsonElement {Local(property)} && {Local(property)}.ValueKind != global::System.Text.Json.JsonValueKind.Undefined) node.Set({key}, {Tree}.FromJson({Local(property)}));");
                    break;
                case PropertyKind.Object:
                case PropertyKind.Union:
                    writer.Line($"if ({name} is not null) node.Set({key}, {name}.ToRuleObject());");
                    break;
                case PropertyKind.Array:
                    EmitArray(writer, index, property, key);
                    break;
            }
        }

        private static void EmitArray(SourceWriter writer, SchemaIndex index, PropertyModel property, string key)
        {
            using (writer.Block($"if ({property.Name} is not null)"))
            {
                writer.Line($"var items = new {Rules}RuleArray();");
                PropertyKind itemKind = property.ItemKind!.Value;
                using (writer.Block($"foreach ({index.ValueType(itemKind, property.TypeName)}{(SchemaIndex.IsValueType(itemKind) ? string.Empty : "?")} item in {property.Name})"))
                {
                    string value = itemKind switch
                    {
                        PropertyKind.String => $"item is null ? {Rules}RuleValue.Null() : {Rules}RuleValue.FromString(item)",
                        PropertyKind.Number or PropertyKind.Integer => $"{Rules}RuleValue.FromNumber(item)",
                        PropertyKind.Boolean => $"{Rules}RuleValue.FromBoolean(item)",
                        PropertyKind.Enum => EnumValue(index, property, "item"),
                        PropertyKind.Any => $"{Tree}.FromJson(item)",
                        _ => $"item is null ? {Rules}RuleValue.Null() : item.ToRuleObject()",
                    };
                    writer.Line($"items.Add({value});");
                }

                writer.Line($"node.Set({key}, items);");
            }
        }

        /// <summary>The wire value, or an invalid value naming the undefined member (<c>(AnimationType)42</c>).</summary>
        private static string EnumValue(SchemaIndex index, PropertyModel property, string value)
        {
            EnumModel? model = index.Schema.Enums.FirstOrDefault(e => e.Name == property.TypeName);
            string type = index.Global(property.TypeName!);
            IEnumerable<string> arms = (model?.Members ?? EquatableArray<EnumMemberModel>.Empty).Select(m => $"{type}.{m.Name} => {CSharpLiteral.String(m.WireName)}");
            return $"{Tree}.FromEnum({value} switch {{ {string.Join(", ", arms)}, _ => null }}, {CSharpLiteral.String(property.TypeName)}, (long){value})";
        }

        private static string Local(PropertyModel property)
        {
            string local = Schema.Naming.ToCamelCase(property.Name).TrimStart('@');
            return local is "node" or "additional" or "entry" or "item" or "items" ? local + "Value" : local;
        }
    }
}
