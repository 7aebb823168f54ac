using System;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports. Schema problems are AIS9xxx so they never
    /// collide with the payload rules (AIS0xxx-AIS1xxx) reported by the analyzers.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "AiStudios.Schema";

        public static readonly DiagnosticDescriptor InvalidJson = Create(
            "AIS9001", "Schema file is not valid JSON", "'{0}' is not valid JSON: {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
            "AIS9002", "Schema construct not supported", "Not supported by the AI Studios generator: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownKeyword = Create(
            "AIS9003", "Unknown schema keyword", "Unknown keyword '{0}' is ignored{1}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidKeywordValue = Create(
            "AIS9004", "Schema keyword has a value of the wrong kind", "'{0}' must be {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnresolvedReference = Create(
            "AIS9005", "Schema reference cannot be resolved", "'$ref' '{0}' does not name an entry of '$defs'", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ReferenceCycle = Create(
            "AIS9006", "Schema references form a cycle", "'{0}' refers back to itself through {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateName = Create(
            "AIS9007", "Two schema entries map to one C# name", "The C# name '{0}' is used by more than one {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidCatalog = Create(
            "AIS9008", "Avatar catalog is invalid", "Avatar catalog: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InternalError = Create(
            "AIS9999", "The AI Studios generator failed", "The generator failed on '{0}': {1}. Please report this with the file.", DiagnosticSeverity.Error);

        private static readonly DiagnosticDescriptor[] All =
        {
            InvalidJson, UnsupportedConstruct, UnknownKeyword, InvalidKeywordValue, UnresolvedReference,
            ReferenceCycle, DuplicateName, InvalidCatalog, InternalError,
        };

        public static DiagnosticDescriptor Find(string id)
        {
            foreach (DiagnosticDescriptor descriptor in All)
            {
                if (descriptor.Id == id)
                {
                    return descriptor;
                }
            }

            return InternalError;
        }

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(
                id,
                title,
                message,
                Category,
                severity,
                isEnabledByDefault: true,
                helpLinkUri: HelpLinks.For(id));
    }

    /// <summary>Where each diagnostic's documentation page lives.</summary>
    internal static class HelpLinks
    {
        /// <summary>From RepositoryUrl in Directory.Build.props (see GenerateBuildInfo in Directory.Build.targets).</summary>
        public const string Base = BuildInfo.DiagnosticsHelpBase;

        public static string For(string id) => Base + id + ".md";
    }
}
