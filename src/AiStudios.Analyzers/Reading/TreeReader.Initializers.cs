using System;
using System.Collections.Generic;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers.Reading
{
    // Object initializers and assignments of the generated model: new TextClip { Opacity = 150 }.
    internal sealed partial class TreeReader
    {
        /// <summary>
        /// A model object as its creation shows it. Code after the creation may still set more,
        /// so an absent property means nothing (<see cref="AbsentMeans.Unknown"/>).
        /// </summary>
        public RuleObject ReadCreation(IObjectCreationOperation creation, TypeFacts type)
        {
            var node = new RuleObject(Origins.OfCreation(creation), AbsentMeans.Unknown);
            if (type.DiscriminatorValue is not null && DiscriminatorOf(type) is string discriminator)
            {
                node.Set(discriminator, RuleValue.FromString(type.DiscriminatorValue, Origins.OfCreation(creation)));
            }

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                // The fallback clip's constructor takes its type: new UnknownClip("sticker").
                if (argument.Parameter is IParameterSymbol parameter && PropertyByParameter(type, parameter.Name) is PropertyFacts property)
                {
                    SetValue(node, property, ReadValue(argument.Value, property, property.Kind));
                }
            }

            if (creation.Initializer is not null)
            {
                ReadInitializer(node, type, creation.Initializer);
            }

            return node;
        }

        private void ReadInitializer(RuleObject node, TypeFacts type, IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (IOperation item in initializer.Initializers)
            {
                CancellationToken.ThrowIfCancellationRequested();
                switch (item)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                        when PropertyByName(type, target.Property.Name) is PropertyFacts property:
                        SetValue(node, property, ReadValue(assignment.Value, property, property.Kind));
                        break;
                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } member
                        when PropertyByName(type, target.Property.Name) is PropertyFacts property:
                        ReadNestedInitializer(node, property, member.Initializer);
                        break;
                }
            }
        }

        /// <summary><c>Clips = { new TextClip { ... } }</c> and <c>Background = { SourceUrl = "..." }</c>.</summary>
        private void ReadNestedInitializer(RuleObject node, PropertyFacts property, IObjectOrCollectionInitializerOperation initializer)
        {
            if (property.Kind == FactKind.Array)
            {
                var array = node.Array(property.JsonName) ?? new RuleArray(Origins.Of(initializer)) { MayGrow = true };
                AddCollectionItems(array, property, initializer);
                node.Set(property.JsonName, array);
            }
            else if (property.Kind == FactKind.Object && Schema.Type(property.TypeName) is TypeFacts nestedType)
            {
                RuleObject nested = node.Object(property.JsonName) ?? new RuleObject(Origins.Of(initializer), AbsentMeans.Unknown);
                ReadInitializer(nested, nestedType, initializer);
                node.Set(property.JsonName, nested);
            }
        }

        /// <summary>A list or array written out in code; null when the expression is not one.</summary>
        private RuleArray? ReadCollection(IOperation operation, PropertyFacts property)
        {
            switch (operation)
            {
                case IArrayCreationOperation { Initializer: { } elements } creation:
                    var array = new RuleArray(Origins.Of(creation));
                    foreach (IOperation element in elements.ElementValues)
                    {
                        array.Add(ReadValue(element, property, property.ItemKind ?? FactKind.Any) ?? RuleValue.Null(Origins.Of(element)));
                    }

                    return array;
                case IObjectCreationOperation list when Symbols.ModelFacts(list.Type) is null:
                    // new List<Clip> { ... }: items seen; more may be added to the list later.
                    var items = new RuleArray(Origins.Of(list)) { MayGrow = true };
                    if (list.Arguments.Length > 0)
                    {
                        items.IsComplete = false;
                    }

                    if (list.Initializer is not null)
                    {
                        AddCollectionItems(items, property, list.Initializer);
                    }

                    return items;
                default:
                    return null;
            }
        }

        private void AddCollectionItems(RuleArray array, PropertyFacts property, IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (IOperation item in initializer.Initializers)
            {
                if (item is IInvocationOperation { Arguments.Length: 1 } add)
                {
                    array.Add(ReadValue(add.Arguments[0].Value, property, property.ItemKind ?? FactKind.Any) ?? RuleValue.Null(Origins.Of(add)));
                }
                else
                {
                    array.IsComplete = false;
                }
            }
        }

        public static void SetValue(RuleObject node, PropertyFacts property, RuleValue? value)
        {
            if (value is null)
            {
                node.Remove(property.JsonName);
            }
            else
            {
                node.Set(property.JsonName, value);
            }
        }

        public PropertyFacts? PropertyByName(TypeFacts type, string csharpName)
        {
            foreach (PropertyFacts property in Schema.AllProperties(type))
            {
                if (property.CSharpName == csharpName)
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>The property a builder or constructor parameter sets: parameters are the camel-cased C# property names.</summary>
        public PropertyFacts? PropertyByParameter(TypeFacts type, string parameterName)
        {
            foreach (PropertyFacts property in Schema.AllProperties(type))
            {
                if (string.Equals(property.CSharpName, parameterName, StringComparison.OrdinalIgnoreCase))
                {
                    return property;
                }
            }

            return null;
        }

        public string? DiscriminatorOf(TypeFacts type)
        {
            foreach (UnionFacts union in Schema.Unions)
            {
                if (Schema.IsA(type, union.Name))
                {
                    return union.Discriminator;
                }
            }

            return null;
        }

        /// <summary>The builder's multi-property methods of a type and its bases (<c>Position</c> is declared for every clip).</summary>
        public IEnumerable<BuilderGroupFacts> BuilderGroups(TypeFacts type)
        {
            for (TypeFacts? current = type; current is not null; current = Schema.Type(current.BaseName))
            {
                foreach (BuilderGroupFacts group in current.BuilderGroups)
                {
                    yield return group;
                }

                if (current.BaseName == current.Name)
                {
                    yield break;
                }
            }
        }
    }
}
