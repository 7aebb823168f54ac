using System;
using AiStudios.Validation.Rules;

namespace AiStudios.Analyzers.Facts
{
    /// <summary>
    /// The facts the generator wrote into this assembly from the SDK's schema and avatar catalog,
    /// created once per process: every compilation of every project shares them.
    /// </summary>
    internal static class AnalyzerFacts
    {
        private static readonly Lazy<SchemaFacts> LazySchema = new Lazy<SchemaFacts>(GeneratedSchemaFacts.Create);
        private static readonly Lazy<AvatarFacts[]> LazyAvatars = new Lazy<AvatarFacts[]>(GeneratedAvatarFacts.Create);

        public static SchemaFacts Schema => LazySchema.Value;

        /// <summary>The SDK's own avatars; a project's own catalogs are added per compilation (<see cref="UserCatalogs"/>).</summary>
        public static AvatarFacts[] SdkAvatars => LazyAvatars.Value;
    }
}
