using AiStudios.Generator.Catalog;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Model
{
    /// <summary>
    /// What the generator needs to know of the compilation, as plain values: whether it is the
    /// SDK itself, whether the runtime has <c>ModuleInitializerAttribute</c>, and the avatars of
    /// the referenced SDK's own catalog (so a user's catalog class can list them too).
    /// </summary>
    internal sealed record CompilationFacts(bool IsSdkAssembly, bool HasModuleInitializer, EquatableArray<SdkAvatar> SdkAvatars)
    {
        /// <summary>Reads the facts; the compilation itself is not kept.</summary>
        public static CompilationFacts From(Compilation compilation)
        {
            bool isSdk = compilation.AssemblyName == "AiStudios";
            return new CompilationFacts(
                isSdk,
                compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is not null,
                isSdk ? EquatableArray<SdkAvatar>.Empty : SdkCatalogReader.Read(compilation));
        }
    }

    /// <summary>An avatar of the SDK's catalog (<c>AiStudios.Avatars</c>): its nested class, id and clothes properties.</summary>
    internal sealed record SdkAvatar(string Name, string Id, EquatableArray<string> Clothes, bool HasDefault);
}
