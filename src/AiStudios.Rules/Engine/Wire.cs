namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// The wire names the semantic rules are about, from the API facts (docs/geometry.md):
    /// which property holds the scenes, a clip's box, a script's avatar. Limits, enums, formats
    /// and canvas sizes are not here: they come from the schema through <see cref="SchemaFacts"/>.
    /// </summary>
    internal static class Wire
    {
        public const string Scenes = "scenes";
        public const string Clips = "clips";
        public const string Scripts = "scripts";

        public const string Id = "id";
        public const string Layer = "layer";
        public const string Left = "left";
        public const string Top = "top";
        public const string Width = "width";
        public const string Height = "height";
        public const string ScaleX = "scaleX";
        public const string ScaleY = "scaleY";
        public const string Angle = "angle";

        /// <summary>An avatar clip's <c>model</c>, its <c>editor</c> and the editor's <c>scale</c>.</summary>
        public const string Model = "model";
        public const string Editor = "editor";
        public const string Scale = "scale";

        /// <summary>An avatar clip that only speaks is not drawn.</summary>
        public const string VoiceOnly = "voiceOnly";

        /// <summary>The older per-clip speech of an avatar clip, and the speech text of a script.</summary>
        public const string ClipScript = "script";
        public const string Speech = "org";

        public const string ModelId = "modelId";
        public const string ClothId = "clothId";

        /// <summary>A script's voice: <c>isTTS</c> false and <c>tts</c> null for the avatar's own.</summary>
        public const string IsTts = "isTTS";
        public const string Tts = "tts";

        /// <summary>The clip types the geometry rules treat specially.</summary>
        public const string AvatarType = "aiModel";
        public const string AudioType = "audio";

        /// <summary>The properties whose values make a clip's drawn size (AIS0003 owns their limits).</summary>
        public static bool IsSizeProperty(string name) => name is Width or Height or ScaleX or ScaleY;
    }
}
