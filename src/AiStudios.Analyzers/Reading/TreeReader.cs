using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using AiStudios.Analyzers.Symbols;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers.Reading
{
    /// <summary>
    /// Turns what source code says about a payload into the rules' neutral tree: constants become
    /// values (with their expression as origin), anything else becomes "unknown". One reader per
    /// analysed root, on one thread; the parts live in TreeReader.*.cs.
    /// </summary>
    internal sealed partial class TreeReader
    {
        private readonly Dictionary<ILocalSymbol, Optional<object?>> _locals = new Dictionary<ILocalSymbol, Optional<object?>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<string, string?> _formats = new Dictionary<string, string?>(StringComparer.Ordinal);
        private PropertyFacts? _speech;

        public TreeReader(AiStudiosSymbols symbols, IAvatarFacts avatars, CancellationToken cancellationToken)
        {
            Symbols = symbols;
            Avatars = avatars;
            CancellationToken = cancellationToken;
        }

        public AiStudiosSymbols Symbols { get; }

        public SchemaFacts Schema => Symbols.Schema;

        public IAvatarFacts Avatars { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>
        /// The value of an expression for a property, or null when it leaves the property out
        /// (a null for a typed property is not written to the payload).
        /// </summary>
        public RuleValue? ReadValue(IOperation? operation, PropertyFacts property, FactKind kind)
        {
            if (operation is null)
            {
                return RuleValue.Unknown();
            }

            Location origin = Origins.Of(operation);
            if (operation.ConstantValue.HasValue)
            {
                return FromConstant(operation.ConstantValue.Value, property, kind, origin);
            }

            // A conversion to a nullable type (20 to double?) is not a constant; the literal inside is.
            IOperation inner = Unwrap(operation);
            if (inner.ConstantValue.HasValue)
            {
                return FromConstant(inner.ConstantValue.Value, property, kind, origin);
            }

            switch (inner)
            {
                case IObjectCreationOperation creation when Symbols.ModelFacts(creation.Type) is TypeFacts type:
                    return ReadCreation(creation, type);
                case ILocalReferenceOperation local when TryGetLocalConstant(local, out object? constant):
                    return FromConstant(constant, property, kind, origin);
            }

            if (kind == FactKind.Array && ReadCollection(inner, property) is RuleArray array)
            {
                return array;
            }

            return RuleValue.Unknown(origin);
        }

        private RuleValue? FromConstant(object? value, PropertyFacts property, FactKind kind, Location origin)
        {
            switch (value)
            {
                case null:
                    return kind == FactKind.Any ? RuleValue.Null(origin) : null;
                case string text:
                    return RuleValue.FromString(text, origin);
                case bool flag:
                    return RuleValue.FromBoolean(flag, origin);
                case char:
                    return RuleValue.Unknown(origin);
            }

            try
            {
                if (kind == FactKind.Enum && Schema.Enum(property.TypeName) is EnumFacts facts)
                {
                    // An enum constant's value is its underlying number; members are declared in schema order.
                    long index = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    return index >= 0 && index < facts.WireValues.Count
                        ? RuleValue.FromString(facts.WireValues[(int)index], origin)
                        : RuleValue.Invalid($"({facts.Name}){index.ToString(CultureInfo.InvariantCulture)}", origin);
                }

                return RuleValue.FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture), origin);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
            {
                return RuleValue.Unknown(origin);
            }
        }

        /// <summary>Looks through implicit conversions (int to double, TextClip to Clip) to the expression written.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
