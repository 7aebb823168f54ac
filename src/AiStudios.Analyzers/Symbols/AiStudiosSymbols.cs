using System.Collections.Generic;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;

namespace AiStudios.Analyzers.Symbols
{
    /// <summary>
    /// The SDK's types in one compilation, resolved once when the compilation starts: the model
    /// classes and their builders (matched to the schema facts by name), the enums, the
    /// <c>Video</c> entry point. Immutable, so concurrent actions share it freely.
    /// </summary>
    internal sealed class AiStudiosSymbols
    {
        private readonly Dictionary<ITypeSymbol, TypeFacts> _models = new Dictionary<ITypeSymbol, TypeFacts>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ITypeSymbol, TypeFacts> _builders = new Dictionary<ITypeSymbol, TypeFacts>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ITypeSymbol, EnumFacts> _enums = new Dictionary<ITypeSymbol, EnumFacts>(SymbolEqualityComparer.Default);

        private AiStudiosSymbols(INamedTypeSymbol video, SchemaFacts schema)
        {
            Video = video;
            Schema = schema;
        }

        public SchemaFacts Schema { get; }

        /// <summary><c>Video</c>: <c>Video.Landscape()</c> and <c>Video.Portrait()</c> start a builder chain.</summary>
        public INamedTypeSymbol Video { get; }

        /// <summary><c>AvatarClothes</c>, the type of <c>Avatars.M000045058.BG00002320</c>.</summary>
        public INamedTypeSymbol? AvatarClothes { get; private set; }

        /// <summary>The generated typed catalog (<c>Avatars</c>).</summary>
        public INamedTypeSymbol? Avatars { get; private set; }

        /// <summary>Null when the compilation does not reference the SDK: the analyzers then register nothing.</summary>
        public static AiStudiosSymbols? TryCreate(Compilation compilation, SchemaFacts schema)
        {
            string ns = schema.ModelNamespace + ".";
            if (compilation.GetTypeByMetadataName(ns + schema.RootName) is not INamedTypeSymbol root
                || IsDeclaredIn(root, compilation)
                || root.ContainingAssembly.GetTypeByMetadataName(ns + "Video") is not INamedTypeSymbol video)
            {
                return null;
            }

            // Everything else is looked up in the SDK's assembly alone: a handful of lookups instead
            // of one across every reference (a web app has hundreds) for each type of the schema.
            IAssemblySymbol sdk = root.ContainingAssembly;
            var symbols = new AiStudiosSymbols(video, schema)
            {
                AvatarClothes = sdk.GetTypeByMetadataName(ns + "AvatarClothes"),
                Avatars = sdk.GetTypeByMetadataName(ns + "Avatars"),
            };

            foreach (TypeFacts type in schema.Types)
            {
                if (sdk.GetTypeByMetadataName(ns + type.Name) is INamedTypeSymbol model)
                {
                    symbols._models[model] = type;
                }

                if (sdk.GetTypeByMetadataName(ns + type.Name + "Builder") is INamedTypeSymbol builder)
                {
                    symbols._builders[builder] = type;
                }
            }

            foreach (UnionFacts union in schema.Unions)
            {
                if (union.FallbackName is not null && schema.Type(union.Name) is TypeFacts baseType
                    && sdk.GetTypeByMetadataName(ns + union.FallbackName) is INamedTypeSymbol fallback)
                {
                    symbols._models[fallback] = baseType;
                }
            }

            foreach (EnumFacts facts in schema.Enums)
            {
                if (sdk.GetTypeByMetadataName(ns + facts.Name) is INamedTypeSymbol type)
                {
                    symbols._enums[type] = facts;
                }
            }

            return symbols;
        }

        /// <summary>Whether the compilation is the SDK itself (it declares the model): the analyzers are for code that uses it.</summary>
        public static bool IsDeclaredIn(INamedTypeSymbol type, Compilation compilation) =>
            SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly);

        /// <summary>The schema type of a model class (<c>TextClip</c>, <c>Scene</c>, ...), or null.</summary>
        public TypeFacts? ModelFacts(ITypeSymbol? type) => type is not null && _models.TryGetValue(type.OriginalDefinition, out TypeFacts? facts) ? facts : null;

        /// <summary>The schema type a builder builds (<c>TextClipBuilder</c> builds <c>TextClip</c>), or null.</summary>
        public TypeFacts? BuilderFacts(ITypeSymbol? type) => type is not null && _builders.TryGetValue(type.OriginalDefinition, out TypeFacts? facts) ? facts : null;

        public bool IsBuilder(ITypeSymbol? type)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (_builders.ContainsKey(current.OriginalDefinition))
                {
                    return true;
                }

                // The generic clip builder base (ClipBuilder<TSelf, TClip>) declares the shared methods.
                if (current.ContainingNamespace?.ToDisplayString() == Schema.ModelNamespace && current.Name.EndsWith("Builder", System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public EnumFacts? EnumFacts(ITypeSymbol? type) => type is not null && _enums.TryGetValue(type.OriginalDefinition, out EnumFacts? facts) ? facts : null;
    }
}
