using System.Collections.Generic;
using System.Collections.Immutable;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;

namespace AiStudios.Analyzers.Diagnostics
{
    /// <summary>
    /// Every diagnostic the analyzers report. The message of a payload rule is the shared rule's
    /// own text ("{0}"), so a squiggle and a <c>Validate()</c> problem read the same. Severities
    /// here are the defaults; <c>.editorconfig</c> changes them as usual
    /// (<c>dotnet_diagnostic.AIS0002.severity = error</c>). A test keeps them equal to
    /// <see cref="RuleIds.All"/>.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Geometry = "AiStudios.Geometry";
        private const string Payload = "AiStudios.Payload";
        private const string Script = "AiStudios.Script";
        private const string Avatar = "AiStudios.Avatar";
        private const string Security = "AiStudios.Security";

        public static readonly DiagnosticDescriptor ClipOutsideCanvas = new DiagnosticDescriptor(
            RuleIds.ClipOutsideCanvas, "Clip is drawn wholly outside the canvas", "{0}", Geometry, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A clip whose drawn box does not touch the canvas of the project's orientation is never seen.", helpLinkUri: HelpLinks.For(RuleIds.ClipOutsideCanvas));

        public static readonly DiagnosticDescriptor ClipMostlyOutsideCanvas = new DiagnosticDescriptor(
            RuleIds.ClipMostlyOutsideCanvas, "Most of the clip is drawn outside the canvas", "{0}", Geometry, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "More than half of the clip's drawn area lies outside the canvas.", helpLinkUri: HelpLinks.For(RuleIds.ClipMostlyOutsideCanvas));

        public static readonly DiagnosticDescriptor InvalidClipSize = new DiagnosticDescriptor(
            RuleIds.InvalidClipSize, "Clip size or scale draws nothing", "{0}", Geometry, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "width, height, scaleX and scaleY must be finite numbers above 0.", helpLinkUri: HelpLinks.For(RuleIds.InvalidClipSize));

        public static readonly DiagnosticDescriptor ValueOutOfRange = new DiagnosticDescriptor(
            RuleIds.ValueOutOfRange, "Value out of the range the service accepts", "{0}", Payload, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A number outside the schema's minimum and maximum (opacity 1-100, volume 1-100, animation duration 1-30, ...).", helpLinkUri: HelpLinks.For(RuleIds.ValueOutOfRange));

        public static readonly DiagnosticDescriptor SharedLayer = new DiagnosticDescriptor(
            RuleIds.SharedLayer, "Two clips of a scene share a layer", "{0}", Payload, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Which of two clips on one layer is drawn on top is undefined.", helpLinkUri: HelpLinks.For(RuleIds.SharedLayer));

        public static readonly DiagnosticDescriptor DuplicateClipId = new DiagnosticDescriptor(
            RuleIds.DuplicateClipId, "Duplicate clip id in a scene", "{0}", Payload, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Clip ids must be unique within a scene.", helpLinkUri: HelpLinks.For(RuleIds.DuplicateClipId));

        public static readonly DiagnosticDescriptor ScriptAvatarMismatch = new DiagnosticDescriptor(
            RuleIds.ScriptAvatarMismatch, "Script does not match an avatar of the scene", "{0}", Script, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Each script's modelId and clothId must equal the model.ai_name and model.emotion of an avatar clip of its scene: the avatar that speaks the line.", helpLinkUri: HelpLinks.For(RuleIds.ScriptAvatarMismatch));

        public static readonly DiagnosticDescriptor EmptySpeech = new DiagnosticDescriptor(
            RuleIds.EmptySpeech, "Avatar has nothing to say", "{0}", Script, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A scene with an avatar and no speech renders a silent avatar.", helpLinkUri: HelpLinks.For(RuleIds.EmptySpeech));

        public static readonly DiagnosticDescriptor UnsupportedMarkup = new DiagnosticDescriptor(
            RuleIds.UnsupportedMarkup, "Speech uses markup other than p and span", "{0}", Script, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Only <p> and <span> are documented in speech.", helpLinkUri: HelpLinks.For(RuleIds.UnsupportedMarkup));

        public static readonly DiagnosticDescriptor UnknownAvatar = new DiagnosticDescriptor(
            RuleIds.UnknownAvatar, "Avatar id in no avatar catalog", "{0}", Avatar, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The avatar id is in no avatar catalog this build knows; the account may have it. An error when the project declares its avatar catalog complete (AiStudiosAvatarCatalogComplete).", helpLinkUri: HelpLinks.For(RuleIds.UnknownAvatar));

        public static readonly DiagnosticDescriptor UnknownClothes = new DiagnosticDescriptor(
            RuleIds.UnknownClothes, "Clothes id in no avatar catalog", "{0}", Avatar, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The clothes id is not among the avatar's clothes in any avatar catalog this build knows; the account's avatar may have them. An error when the project declares its avatar catalog complete (AiStudiosAvatarCatalogComplete).", helpLinkUri: HelpLinks.For(RuleIds.UnknownClothes));

        public static readonly DiagnosticDescriptor InvalidColor = new DiagnosticDescriptor(
            RuleIds.InvalidColor, "Not a colour the service reads", "{0}", Payload, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Colours are rgb(r,g,b) with components 0-255, #RRGGBB or #RRGGBBAA.", helpLinkUri: HelpLinks.For(RuleIds.InvalidColor));

        public static readonly DiagnosticDescriptor HardCodedSecret = new DiagnosticDescriptor(
            RuleIds.HardCodedSecret, "Key or token written into source code", "{0}", Security, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "AppId, UserKey and tokens are secrets: read them from configuration or the environment.", helpLinkUri: HelpLinks.For(RuleIds.HardCodedSecret));

        public static readonly DiagnosticDescriptor UnknownEnumValue = new DiagnosticDescriptor(
            RuleIds.UnknownEnumValue, "Value the service does not know", "{0}", Payload, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "An enum value outside the schema's list.", helpLinkUri: HelpLinks.For(RuleIds.UnknownEnumValue));

        public static readonly DiagnosticDescriptor EmptyValue = new DiagnosticDescriptor(
            RuleIds.EmptyValue, "Required text or list is empty", "{0}", Payload, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A string or list shorter than the schema's minLength or minItems.", helpLinkUri: HelpLinks.For(RuleIds.EmptyValue));

        public static readonly DiagnosticDescriptor AmbiguousSpeaker = new DiagnosticDescriptor(
            RuleIds.AmbiguousSpeaker, "Two avatars of a scene are the same speaker", "{0}", Script, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A script names its speaker by avatar and clothes; when two avatar clips of the scene share both, which one speaks is not documented.", helpLinkUri: HelpLinks.For(RuleIds.AmbiguousSpeaker));

        public static readonly DiagnosticDescriptor WrongValueType = new DiagnosticDescriptor(
            RuleIds.WrongValueType, "Value JSON cannot carry", "{0}", Payload, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "NaN, infinity or another value the payload cannot hold.", helpLinkUri: HelpLinks.For(RuleIds.WrongValueType));

        /// <summary>The descriptors of the payload rules, by id; run-time-only rules (AIS1001, AIS1003, AIS1004) have none.</summary>
        public static readonly ImmutableDictionary<string, DiagnosticDescriptor> PayloadRules = new[]
        {
            ClipOutsideCanvas, ClipMostlyOutsideCanvas, InvalidClipSize, ValueOutOfRange, SharedLayer, DuplicateClipId,
            ScriptAvatarMismatch, EmptySpeech, UnsupportedMarkup, UnknownAvatar, UnknownClothes,
            InvalidColor, UnknownEnumValue, EmptyValue, AmbiguousSpeaker, WrongValueType,
        }.ToImmutableDictionary(d => d.Id);

        public static IEnumerable<DiagnosticDescriptor> All
        {
            get
            {
                foreach (DiagnosticDescriptor descriptor in PayloadRules.Values)
                {
                    yield return descriptor;
                }

                yield return HardCodedSecret;
            }
        }
    }

    /// <summary>Where each diagnostic's page lives.</summary>
    internal static class HelpLinks
    {
        /// <summary>From RepositoryUrl in Directory.Build.props (see GenerateBuildInfo in Directory.Build.targets).</summary>
        public const string Base = BuildInfo.DiagnosticsHelpBase;

        public static string For(string id) => Base + id + ".md";
    }
}
