namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// The id of every rule. AIS0xxx rules are reported at compile time by the analyzers and at
    /// run time by <c>Validate()</c>; AIS1xxx rules are about the shape of a payload (a property
    /// missing, a value of the wrong JSON type) and only the run-time validator can see them,
    /// except where a constant such as <c>double.NaN</c> gives them away. Each id has a page
    /// under <c>docs/diagnostics/</c>. The generator's schema diagnostics are AIS9xxx.
    /// </summary>
    internal static class RuleIds
    {
        public const string ClipOutsideCanvas = "AIS0001";
        public const string ClipMostlyOutsideCanvas = "AIS0002";
        public const string InvalidClipSize = "AIS0003";
        public const string ValueOutOfRange = "AIS0004";
        public const string SharedLayer = "AIS0005";
        public const string DuplicateClipId = "AIS0006";
        public const string ScriptAvatarMismatch = "AIS0007";

        // AIS0008 ("one script per scene") is retired: several scripts are a dialogue, one line per entry.
        public const string EmptySpeech = "AIS0009";
        public const string UnsupportedMarkup = "AIS0010";
        public const string UnknownAvatar = "AIS0011";
        public const string UnknownClothes = "AIS0012";
        public const string InvalidColor = "AIS0013";
        public const string HardCodedSecret = "AIS0014";
        public const string UnknownEnumValue = "AIS0015";
        public const string EmptyValue = "AIS0016";
        public const string AmbiguousSpeaker = "AIS0017";
        public const string RequiredMissing = "AIS1001";
        public const string WrongValueType = "AIS1002";
        public const string UnknownClipType = "AIS1003";
        public const string ReferenceRequiredMissing = "AIS1004";

        /// <summary>
        /// Every rule id with its default severity; the analyzers' descriptors are tested against this list. A
        /// problem may be reported at another severity: an avatar (AIS0011) or clothes (AIS0012) no catalog lists
        /// are an error when the project declares its avatar catalog complete.
        /// </summary>
        public static readonly (string Id, RuleSeverity Severity)[] All =
        {
            (ClipOutsideCanvas, RuleSeverity.Error),
            (ClipMostlyOutsideCanvas, RuleSeverity.Warning),
            (InvalidClipSize, RuleSeverity.Error),
            (ValueOutOfRange, RuleSeverity.Error),
            (SharedLayer, RuleSeverity.Warning),
            (DuplicateClipId, RuleSeverity.Error),
            (ScriptAvatarMismatch, RuleSeverity.Error),
            (EmptySpeech, RuleSeverity.Warning),
            (UnsupportedMarkup, RuleSeverity.Warning),
            (UnknownAvatar, RuleSeverity.Warning),
            (UnknownClothes, RuleSeverity.Warning),
            (InvalidColor, RuleSeverity.Error),
            (HardCodedSecret, RuleSeverity.Warning),
            (UnknownEnumValue, RuleSeverity.Error),
            (EmptyValue, RuleSeverity.Error),
            (AmbiguousSpeaker, RuleSeverity.Warning),
            (RequiredMissing, RuleSeverity.Error),
            (WrongValueType, RuleSeverity.Error),
            (UnknownClipType, RuleSeverity.Info),
            (ReferenceRequiredMissing, RuleSeverity.Warning),
        };

        public static RuleSeverity SeverityOf(string id)
        {
            foreach ((string Id, RuleSeverity Severity) rule in All)
            {
                if (rule.Id == id)
                {
                    return rule.Severity;
                }
            }

            return RuleSeverity.Error;
        }
    }

    /// <summary>A rule's default severity (the analyzers' may be changed in .editorconfig).</summary>
    internal enum RuleSeverity
    {
        Error,
        Warning,
        Info,
    }
}
