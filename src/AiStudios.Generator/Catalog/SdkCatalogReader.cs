using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Model;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Catalog
{
    /// <summary>
    /// Reads the avatars of the referenced SDK's generated catalog (<c>AiStudios.Avatars</c>) into
    /// plain values: names and ids only, so the pipeline keeps no symbols and stays cacheable.
    /// </summary>
    internal static class SdkCatalogReader
    {
        public const string SdkCatalogType = "AiStudios.Avatars";
        private const string ClothesType = "AiStudios.AvatarClothes";

        public static EquatableArray<SdkAvatar> Read(Compilation compilation)
        {
            INamedTypeSymbol? catalog = compilation.GetTypeByMetadataName(SdkCatalogType);
            INamedTypeSymbol? clothesType = compilation.GetTypeByMetadataName(ClothesType);
            if (catalog is null || clothesType is null || SymbolEqualityComparer.Default.Equals(catalog.ContainingAssembly, compilation.Assembly))
            {
                return EquatableArray<SdkAvatar>.Empty;
            }

            var avatars = new List<SdkAvatar>();
            foreach (INamedTypeSymbol avatar in catalog.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public))
            {
                if (avatar.GetMembers("Id").OfType<IFieldSymbol>().FirstOrDefault() is not { IsConst: true, ConstantValue: string id })
                {
                    continue;
                }

                var clothes = new List<string>();
                bool hasDefault = false;
                foreach (IPropertySymbol property in avatar.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!property.IsStatic || property.DeclaredAccessibility != Accessibility.Public
                        || !SymbolEqualityComparer.Default.Equals(property.Type, clothesType))
                    {
                        continue;
                    }

                    if (property.Name == "Default")
                    {
                        hasDefault = true;
                    }
                    else
                    {
                        clothes.Add(property.Name);
                    }
                }

                avatars.Add(new SdkAvatar(avatar.Name, id, clothes.ToEquatableArray(), hasDefault));
            }

            return avatars.ToEquatableArray();
        }
    }
}
