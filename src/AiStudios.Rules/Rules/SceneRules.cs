using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// Rules between the clips of one scene: ids are unique (AIS0006) and no two drawn clips
    /// share a layer (AIS0005). Both need every clip of the scene, so they stay silent when an
    /// analyzer could not see all of them.
    /// </summary>
    internal static class SceneRules
    {
        public static void Check(RuleRun run, RuleObject scene, string path)
        {
            RuleArray? clips = scene.Array(Wire.Clips);
            if (clips is null || !clips.IsComplete)
            {
                return;
            }

            var ids = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var layers = new Dictionary<double, int>();
            string clipsPath = RulePath.Property(path, Wire.Clips);
            for (int i = 0; i < clips.Items.Count; i++)
            {
                if (clips.Items[i] is not RuleObject clip)
                {
                    continue;
                }

                string clipPath = RulePath.Item(clipsPath, i);
                if (clip[Wire.Id] is { Kind: RuleValueKind.String } id && id.Text!.Length > 0)
                {
                    if (ids.TryGetValue(id.Text, out int first))
                    {
                        run.Report(
                            RuleIds.DuplicateClipId,
                            RulePath.Property(clipPath, Wire.Id),
                            $"The id '{Echo.Of(id.Text!)}' is already used by clips[{first}] of this scene; clip ids must be unique within a scene.",
                            id);
                    }
                    else
                    {
                        ids[id.Text] = i;
                    }
                }

                if (GeometryRules.IsDrawn(clip) && clip[Wire.Layer] is { Kind: RuleValueKind.Number } layer && NumberText.IsWhole(layer.Number))
                {
                    if (layers.TryGetValue(layer.Number, out int first))
                    {
                        run.Report(
                            RuleIds.SharedLayer,
                            RulePath.Property(clipPath, Wire.Layer),
                            $"clips[{first}] is on layer {NumberText.Show(layer.Number)} too: which of the two is drawn on top is undefined. Give each clip its own layer.",
                            layer);
                    }
                    else
                    {
                        layers[layer.Number] = i;
                    }
                }
            }
        }
    }
}
