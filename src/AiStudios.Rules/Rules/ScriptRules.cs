using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// A scene's speech. Each entry of <c>scripts</c> is one spoken line, in speaking order, and names
    /// its speaker by <c>modelId</c>/<c>clothId</c>, which must be an avatar clip of the scene
    /// (<c>model.ai_name</c>/<c>model.emotion</c>; AIS0007); several entries are a dialogue, as the
    /// reference's pre-made-project tutorial sends. A speaker two avatar clips share cannot be told
    /// apart (AIS0017), and an avatar has something to say (AIS0009). Speech markup is checked with
    /// every <c>x-format: speech</c> string by the schema rules (AIS0010).
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
                var ambiguousReported = new HashSet<string>(System.StringComparer.Ordinal);
                for (int i = 0; i < scripts.Items.Count; i++)
                {
                    if (scripts.Items[i] is RuleObject script)
                    {
                        string scriptPath = RulePath.Item(scriptsPath, scripts.IsComplete ? i : -1);
                        CheckSpeaker(run, script, avatars, allClipsKnown, scriptPath);
                        CheckAmbiguous(run, script, avatars, clips, path, scriptPath, ambiguousReported);
                    }
                }
            }

            CheckSpeech(run, scene, avatars, path, scriptsPath);
        }

        /// <summary>
        /// Whether a scene without <c>scripts</c> carries its speech the older way, on the avatar clip (<c>script.org</c>):
        /// the published create sample and the 1.6.x getting-started pages still send that form, so its missing
        /// <c>scripts</c> is not worth a warning (AIS1004). Whether 1.5.x+ still reads it is not documented.
        /// </summary>
        public static bool SpeaksTheOlderWay(RuleRun run, RuleObject scene, TypeFacts type, PropertyFacts property)
        {
            if (type != run.Engine.SceneType || property.JsonName != Wire.Scripts || scene.Array(Wire.Clips) is not RuleArray clips)
            {
                return false;
            }

            foreach (RuleValue item in clips.Items)
            {
                if (item is RuleObject clip && clip.String("type") == Wire.AvatarType && clip[Wire.ClipScript] is RuleObject)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>modelId and clothId must be the model.ai_name and model.emotion of an avatar clip of the scene.</summary>
        private static void CheckSpeaker(RuleRun run, RuleObject script, List<RuleObject> avatars, bool allClipsKnown, string path)
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

            // Without a modelId, a scene of one avatar leaves no doubt who speaks; its clothes are still checked.
            List<RuleObject> speakers = avatars.Count == 1 ? new List<RuleObject>(avatars) : new List<RuleObject>();
            if (modelId is { Kind: RuleValueKind.String })
            {
                speakers = avatars.FindAll(a => a.Object(Wire.Model)?.String(idName) == modelId.Text);
                if (speakers.Count == 0 && avatars.TrueForAll(a => a.Object(Wire.Model)?.String(idName) is not null))
                {
                    string scene = string.Join(", ", avatars.Select(a => "'" + Echo.Of(a.Object(Wire.Model)!.String(idName)!) + "'").Distinct());
                    run.Report(
                        RuleIds.ScriptAvatarMismatch,
                        RulePath.Property(path, Wire.ModelId),
                        avatars.Count == 1
                            ? $"The script's modelId is '{Echo.Of(modelId.Text!)}', but the scene's avatar clip is {scene} ({Wire.Model}.{idName}); they must be equal."
                            : $"The script's modelId is '{Echo.Of(modelId.Text!)}', but no avatar clip of the scene is that avatar (the scene has {scene}, {Wire.Model}.{idName}); each line names the avatar clip that speaks it.",
                        modelId);
                    return;
                }
            }

            if (speakers.Count > 0
                && script[Wire.ClothId] is { Kind: RuleValueKind.String } clothId
                && speakers.TrueForAll(a => a.Object(Wire.Model)?.String(clothesName) is not null)
                && !speakers.Exists(a => a.Object(Wire.Model)!.String(clothesName) == clothId.Text))
            {
                string wearing = string.Join("' or '", speakers.Select(a => Echo.Of(a.Object(Wire.Model)!.String(clothesName)!)).Distinct());
                run.Report(
                    RuleIds.ScriptAvatarMismatch,
                    RulePath.Property(path, Wire.ClothId),
                    $"The script's clothId is '{Echo.Of(clothId.Text!)}', but the avatar wears '{wearing}' ({Wire.Model}.{clothesName}); they must be equal.",
                    clothId);
            }
        }

        /// <summary>AIS0017: two avatar clips of the scene are the speaker a line names, and nothing says which of them speaks.</summary>
        private static void CheckAmbiguous(RuleRun run, RuleObject script, List<RuleObject> avatars, RuleArray? clips, string scenePath, string path, HashSet<string> reported)
        {
            string? idName = run.Engine.AvatarIdName;
            string? clothesName = run.Engine.ClothesIdName;
            if (idName is null || clothesName is null || avatars.Count < 2
                || script.String(Wire.ModelId) is not string modelId || script.String(Wire.ClothId) is not string clothId)
            {
                return;
            }

            List<RuleObject> same = avatars.FindAll(a => a.Object(Wire.Model)?.String(idName) == modelId && a.Object(Wire.Model)?.String(clothesName) == clothId);
            if (same.Count < 2 || !reported.Add(modelId + "/" + clothId))
            {
                return;
            }

            string clipsPath = RulePath.Property(scenePath, Wire.Clips);
            string where = clips is { IsComplete: true }
                ? string.Join(" and ", same.Select(a => RulePath.Item(clipsPath, clips.Items.IndexOf(a))))
                : $"{same.Count} avatar clips";
            run.Report(
                RuleIds.AmbiguousSpeaker,
                RulePath.Property(path, Wire.ModelId),
                $"The line is for '{Echo.Of(modelId)}' in '{Echo.Of(clothId)}', which {where} both are: the reference does not say which of them speaks. Give one of them other clothes, or keep one.",
                script[Wire.ModelId]);
        }

        /// <summary>An avatar with nothing to say: no script (nor the older per-clip script), or a line without words.</summary>
        private static void CheckSpeech(RuleRun run, RuleObject scene, List<RuleObject> avatars, string path, string scriptsPath)
        {
            if (scene.IsOpen || avatars.Count == 0)
            {
                return;
            }

            List<Speech> lines = SceneSpeech(scene, scriptsPath, out bool absent);
            if (absent)
            {
                // The published create-project sample still carries the speech on the avatar clip.
                RuleObject avatar = avatars[0];
                RuleArray clips = scene.Array(Wire.Clips)!;
                int index = clips.IsComplete ? clips.Items.IndexOf(avatar) : -1;
                string clipPath = RulePath.Item(RulePath.Property(path, Wire.Clips), index);
                Speech speech = ClipSpeech(avatar, RulePath.Property(clipPath, Wire.ClipScript));
                if (speech.State == SpeechState.Absent)
                {
                    run.Report(
                        RuleIds.EmptySpeech,
                        scriptsPath,
                        "The scene has an avatar but nothing for it to say, so it would stand silent. Give the scene a script (Script(\"...\") in the builder, scripts[0].org in JSON).",
                        avatar);
                    return;
                }

                lines.Add(speech);
            }

            foreach (Speech speech in lines)
            {
                if (speech.State == SpeechState.Known && SpeechMarkup.IsEmpty(speech.Text!))
                {
                    run.Report(
                        RuleIds.EmptySpeech,
                        speech.Path,
                        "The avatar's speech is empty, so it would stand silent. Give it something to say.",
                        speech.Value);
                }
            }
        }

        /// <summary>Each line of the scene's scripts; <paramref name="absent"/> when the scene surely has none.</summary>
        private static List<Speech> SceneSpeech(RuleObject scene, string scriptsPath, out bool absent)
        {
            var lines = new List<Speech>();
            absent = false;
            RuleValue? value = scene[Wire.Scripts];
            if (value is null)
            {
                absent = scene.Absent != AbsentMeans.Unknown;
                return lines;
            }

            if (value is not RuleArray scripts)
            {
                return lines;
            }

            if (scripts.Items.Count == 0)
            {
                absent = scripts.IsComplete && !scripts.MayGrow;
                return lines;
            }

            for (int i = 0; i < scripts.Items.Count; i++)
            {
                if (scripts.Items[i] is RuleObject line)
                {
                    lines.Add(SpeechOf(line, RulePath.Item(scriptsPath, scripts.IsComplete ? i : -1)));
                }
            }

            return lines;
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
