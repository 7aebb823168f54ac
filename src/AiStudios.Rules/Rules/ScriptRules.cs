using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// A scene's speech: a script names the scene's avatar and clothes (AIS0007), one script per
    /// scene (AIS0008), and an avatar has something to say (AIS0009). Speech markup is checked
    /// with every <c>x-format: speech</c> string by the schema rules (AIS0010).
    /// </summary>
    internal static class ScriptRules
    {
        public static void Check(RuleRun run, RuleObject scene, string path)
        {
            RuleArray? clips = scene.Array(Wire.Clips);
            var avatars = new List<RuleObject>();
            // Clips added later by code an analyzer did not see could bring the avatar a script needs.
            bool allClipsKnown = clips is { IsComplete: true } && scene.Absent != AbsentMeans.Unknown;
            if (clips is not null)
            {
                foreach (RuleValue item in clips.Items)
                {
                    if (item is RuleObject clip && clip.String("type") is string type)
                    {
                        if (type == Wire.AvatarType)
                        {
                            avatars.Add(clip);
                        }
                    }
                    else
                    {
                        allClipsKnown = false;
                    }
                }
            }

            string scriptsPath = RulePath.Property(path, Wire.Scripts);
            if (scene[Wire.Scripts] is RuleArray scripts)
            {
                if (scripts.IsComplete && scripts.Items.Count > 1)
                {
                    run.Report(
                        RuleIds.MultipleScripts,
                        RulePath.Item(scriptsPath, 1),
                        $"The scene has {scripts.Items.Count} scripts; the service reads one per scene. Put the whole speech in the first.",
                        scripts.Items[1]);
                }

                for (int i = 0; i < scripts.Items.Count; i++)
                {
                    if (scripts.Items[i] is RuleObject script)
                    {
                        CheckNames(run, script, avatars, allClipsKnown, RulePath.Item(scriptsPath, scripts.IsComplete ? i : -1));
                    }
                }
            }

            CheckSpeech(run, scene, avatars, path, scriptsPath);
        }

        /// <summary>modelId and clothId must be the avatar clip's model.ai_name and model.emotion.</summary>
        private static void CheckNames(RuleRun run, RuleObject script, List<RuleObject> avatars, bool allClipsKnown, string path)
        {
            string? idName = run.Engine.AvatarIdName;
            string? clothesName = run.Engine.ClothesIdName;
            if (idName is null || clothesName is null)
            {
                return;
            }

            RuleValue? modelId = script[Wire.ModelId];
            if (avatars.Count == 0)
            {
                if (allClipsKnown)
                {
                    string named = modelId is { Kind: RuleValueKind.String } ? $" is for avatar '{Echo.Of(modelId.Text!)}', but" : string.Empty;
                    run.Report(
                        RuleIds.ScriptAvatarMismatch,
                        modelId is null ? path : RulePath.Property(path, Wire.ModelId),
                        $"The script{named} the scene has no avatar clip to speak it. Add the avatar to the scene or remove the script.",
                        modelId ?? script);
                }

                return;
            }

            RuleObject? match = avatars.Count == 1 ? avatars[0] : null;
            if (modelId is { Kind: RuleValueKind.String })
            {
                match = avatars.Find(a => a.Object(Wire.Model)?.String(idName) == modelId.Text);
                if (match is null && avatars.TrueForAll(a => a.Object(Wire.Model)?.String(idName) is not null))
                {
                    string actual = avatars[0].Object(Wire.Model)!.String(idName)!;
                    run.Report(
                        RuleIds.ScriptAvatarMismatch,
                        RulePath.Property(path, Wire.ModelId),
                        $"The script's modelId is '{Echo.Of(modelId.Text!)}', but the scene's avatar clip is '{Echo.Of(actual)}' ({Wire.Model}.{idName}); they must be equal.",
                        modelId);
                    return;
                }
            }

            if (match is not null
                && script[Wire.ClothId] is { Kind: RuleValueKind.String } clothId
                && match.Object(Wire.Model)?.String(clothesName) is string wearing
                && wearing != clothId.Text)
            {
                run.Report(
                    RuleIds.ScriptAvatarMismatch,
                    RulePath.Property(path, Wire.ClothId),
                    $"The script's clothId is '{Echo.Of(clothId.Text!)}', but the avatar wears '{Echo.Of(wearing)}' ({Wire.Model}.{clothesName}); they must be equal.",
                    clothId);
            }
        }

        /// <summary>An avatar with nothing to say: no script (nor the older per-clip script), or one without words.</summary>
        private static void CheckSpeech(RuleRun run, RuleObject scene, List<RuleObject> avatars, string path, string scriptsPath)
        {
            if (scene.IsOpen || avatars.Count == 0)
            {
                return;
            }

            Speech speech = SceneSpeech(scene, scriptsPath);
            if (speech.State == SpeechState.Absent)
            {
                // The published create-project sample still carries the speech on the avatar clip.
                RuleObject avatar = avatars[0];
                RuleArray clips = scene.Array(Wire.Clips)!;
                int index = clips.IsComplete ? clips.Items.IndexOf(avatar) : -1;
                string clipPath = RulePath.Item(RulePath.Property(path, Wire.Clips), index);
                speech = ClipSpeech(avatar, RulePath.Property(clipPath, Wire.ClipScript));
                if (speech.State == SpeechState.Absent)
                {
                    run.Report(
                        RuleIds.EmptySpeech,
                        scriptsPath,
                        "The scene has an avatar but nothing for it to say, so it would stand silent. Give the scene a script (Script(\"...\") in the builder, scripts[0].org in JSON).",
                        avatar);
                    return;
                }
            }

            if (speech.State == SpeechState.Known && SpeechMarkup.IsEmpty(speech.Text!))
            {
                run.Report(
                    RuleIds.EmptySpeech,
                    speech.Path,
                    "The avatar's speech is empty, so it would stand silent. Give it something to say.",
                    speech.Value);
            }
        }

        private static Speech SceneSpeech(RuleObject scene, string scriptsPath)
        {
            RuleValue? value = scene[Wire.Scripts];
            if (value is null)
            {
                return scene.Absent == AbsentMeans.Unknown ? Speech.Unknown : Speech.Absent;
            }

            if (value is not RuleArray scripts)
            {
                return Speech.Unknown;
            }

            if (scripts.Items.Count == 0)
            {
                return scripts.IsComplete ? Speech.Absent : Speech.Unknown;
            }

            return scripts.Items[0] is RuleObject first ? SpeechOf(first, RulePath.Item(scriptsPath, scripts.IsComplete ? 0 : -1)) : Speech.Unknown;
        }

        private static Speech ClipSpeech(RuleObject avatar, string path)
        {
            RuleValue? value = avatar[Wire.ClipScript];
            if (value is null)
            {
                return avatar.Absent == AbsentMeans.Unknown ? Speech.Unknown : Speech.Absent;
            }

            return value is RuleObject script ? SpeechOf(script, path) : Speech.Unknown;
        }

        /// <summary>The text of a script object; a script without <c>org</c> says nothing.</summary>
        private static Speech SpeechOf(RuleObject script, string path)
        {
            string speechPath = RulePath.Property(path, Wire.Speech);
            RuleValue? org = script[Wire.Speech];
            if (org is null)
            {
                return script.Absent == AbsentMeans.Unknown ? Speech.Unknown : new Speech(SpeechState.Known, string.Empty, script, speechPath);
            }

            return org.Kind == RuleValueKind.String ? new Speech(SpeechState.Known, org.Text, org, speechPath) : Speech.Unknown;
        }

        private enum SpeechState
        {
            Unknown,
            Absent,
            Known,
        }

        private readonly struct Speech
        {
            public Speech(SpeechState state, string? text, RuleValue? value, string path)
            {
                State = state;
                Text = text;
                Value = value;
                Path = path;
            }

            public static Speech Unknown => new Speech(SpeechState.Unknown, null, null, string.Empty);

            public static Speech Absent => new Speech(SpeechState.Absent, null, null, string.Empty);

            public SpeechState State { get; }

            public string? Text { get; }

            public RuleValue? Value { get; }

            public string Path { get; }
        }
    }
}
