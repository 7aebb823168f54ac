using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiStudios.Batch.Templates
{
    /// <summary>
    /// Renders one row into its project: the template copied, mapped columns written into the clips found by tag and
    /// into the scenes' scripts, placeholders replaced. Checks the mapping against the template once
    /// (<see cref="TemplateProblems"/>); per row it reports which columns were used and which were missing.
    /// </summary>
    internal sealed class RowRenderer
    {
        private readonly BatchTemplate _template;
        private readonly BatchMapping _mapping;
        private readonly HashSet<string> _placeholderColumns = new HashSet<string>(StringComparer.Ordinal);

        public RowRenderer(BatchTemplate template, BatchMapping mapping)
        {
            _template = template;
            _mapping = mapping;
            TemplateProblems = CheckTemplate();
        }

        /// <summary>What makes the template or mapping unusable for every row.</summary>
        public IReadOnlyList<string> TemplateProblems { get; }

        public RenderedRow Render(IReadOnlyDictionary<string, string> values)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var missing = new HashSet<string>(StringComparer.Ordinal);
            var empty = new HashSet<string>(StringComparer.Ordinal);
            Project project = _template.CreateProject();

            string? Value(string column)
            {
                used.Add(column);
                if (!values.TryGetValue(column, out string? value))
                {
                    missing.Add(column);
                    return null;
                }

                if (value.Length == 0)
                {
                    empty.Add(column);
                }

                return value;
            }

            // Placeholders first, so that a mapped value holding "{{x}}" is sent as written, not expanded.
            project.Name = Placeholders.Apply(_mapping.NameTemplate ?? project.Name, values, used, missing);
            foreach (Scene scene in project.Scenes)
            {
                if (scene.Background is { } background)
                {
                    background.SourceUrl = Placeholders.Apply(background.SourceUrl, values, used, missing);
                }

                foreach (Script script in scene.Scripts ?? Enumerable.Empty<Script>())
                {
                    script.Text = Placeholders.Apply(script.Text, values, used, missing, htmlEncode: true);
                }

                foreach (Clip clip in scene.Clips)
                {
                    ApplyPlaceholders(clip, values, used, missing);
                }
            }

            foreach (KeyValuePair<string, string> pair in _mapping.Clips)
            {
                string? value = Value(pair.Value);
                if (value is null)
                {
                    continue;
                }

                foreach (Clip clip in project.Scenes.SelectMany(s => s.Clips).Where(c => c.Tag == pair.Key))
                {
                    SetValue(clip, value);
                }
            }

            foreach (KeyValuePair<int, string> pair in _mapping.Scripts)
            {
                string? value = Value(pair.Value);
                if (value is null || pair.Key >= project.Scenes.Count || project.Scenes[pair.Key].Scripts is not { Count: > 0 } scripts)
                {
                    continue;
                }

                scripts[0].Text = Placeholders.ToScriptMarkup(value);
            }

            return new RenderedRow(project, used, missing, empty);
        }

        /// <summary>Every column the template's placeholders and the mapping name (the key aside).</summary>
        public IEnumerable<string> NamedColumns() =>
            _placeholderColumns.Concat(_mapping.Clips.Values).Concat(_mapping.Scripts.Values).Distinct(StringComparer.Ordinal);

        private static void ApplyPlaceholders(Clip clip, IReadOnlyDictionary<string, string> values, ISet<string> used, ISet<string> missing)
        {
            switch (clip)
            {
                case TextClip text:
                    text.Text = Placeholders.Apply(text.Text, values, used, missing)!;
                    break;
                case ImageClip image:
                    image.SourceUrl = Placeholders.Apply(image.SourceUrl, values, used, missing)!;
                    break;
                case VideoClip video:
                    video.VideoUrl = Placeholders.Apply(video.VideoUrl, values, used, missing)!;
                    video.SourceUrl = Placeholders.Apply(video.SourceUrl, values, used, missing);
                    break;
                case AudioClip audio:
                    audio.SourceUrl = Placeholders.Apply(audio.SourceUrl, values, used, missing)!;
                    audio.Label = Placeholders.Apply(audio.Label, values, used, missing)!;
                    break;
                case AvatarClip avatar when avatar.ClipScript is { } script:
                    script.Text = Placeholders.Apply(script.Text, values, used, missing, htmlEncode: true);
                    break;
            }
        }

        private static void SetValue(Clip clip, string value)
        {
            switch (clip)
            {
                case TextClip text:
                    text.Text = value;
                    break;
                case ImageClip image:
                    image.SourceUrl = value;
                    break;
                case VideoClip video:
                    video.VideoUrl = value;
                    if (video.SourceUrl is not null)
                    {
                        video.SourceUrl = value;
                    }

                    break;
                case AudioClip audio:
                    audio.SourceUrl = value;
                    break;
            }
        }

        private List<string> CheckTemplate()
        {
            var problems = new List<string>();
            Project project = _template.CreateProject();
            if (project.IsExport == false)
            {
                problems.Add("The template has \"isExport\": false. A batch renders every row; and a draft is not listed by GET /editor/project, so a create whose outcome is unknown could never be found again. Remove isExport (or set it to true).");
            }

            var clips = project.Scenes.SelectMany(s => s.Clips).ToList();
            foreach (KeyValuePair<string, string> pair in _mapping.Clips)
            {
                var tagged = clips.Where(c => c.Tag == pair.Key).ToList();
                if (tagged.Count == 0)
                {
                    string known = string.Join(", ", clips.Select(c => c.Tag).Where(t => !string.IsNullOrEmpty(t)).Distinct().Select(t => "'" + t + "'"));
                    problems.Add($"No clip of the template has the tag '{pair.Key}' (mapped to column '{pair.Value}'). Tags in the template: {(known.Length == 0 ? "none" : known)}.");
                }

                foreach (Clip clip in tagged.Where(c => c is not (TextClip or ImageClip or VideoClip or AudioClip)))
                {
                    problems.Add($"The clip '{clip.Id}' tagged '{pair.Key}' is a {clip.GetType().Name}, which holds no text or source URL to set; map text, image, video or audio clips (the avatar's speech goes through \"scripts\").");
                }
            }

            foreach (KeyValuePair<int, string> pair in _mapping.Scripts)
            {
                if (pair.Key < 0 || pair.Key >= project.Scenes.Count)
                {
                    problems.Add(string.Format(CultureInfo.InvariantCulture, "Scripts map scene {0} (to column '{1}'), but the template has {2} scene(s), numbered from 0.", pair.Key, pair.Value, project.Scenes.Count));
                }
                else if (project.Scenes[pair.Key].Scripts is not { Count: > 0 })
                {
                    problems.Add(string.Format(CultureInfo.InvariantCulture, "Scripts map scene {0} (to column '{1}'), but that scene has no script: give it an avatar and a script in the template.", pair.Key, pair.Value));
                }
            }

            Placeholders.Collect(_mapping.NameTemplate ?? project.Name, _placeholderColumns);
            foreach (Scene scene in project.Scenes)
            {
                Placeholders.Collect(scene.Background?.SourceUrl, _placeholderColumns);
                foreach (Script script in scene.Scripts ?? Enumerable.Empty<Script>())
                {
                    Placeholders.Collect(script.Text, _placeholderColumns);
                }

                foreach (Clip clip in scene.Clips)
                {
                    switch (clip)
                    {
                        case TextClip text: Placeholders.Collect(text.Text, _placeholderColumns); break;
                        case ImageClip image: Placeholders.Collect(image.SourceUrl, _placeholderColumns); break;
                        case VideoClip video: Placeholders.Collect(video.VideoUrl, _placeholderColumns); Placeholders.Collect(video.SourceUrl, _placeholderColumns); break;
                        case AudioClip audio: Placeholders.Collect(audio.SourceUrl, _placeholderColumns); Placeholders.Collect(audio.Label, _placeholderColumns); break;
                        case AvatarClip avatar: Placeholders.Collect(avatar.ClipScript?.Text, _placeholderColumns); break;
                    }
                }
            }

            return problems;
        }
    }

    /// <summary>A row's project and what the row supplied.</summary>
    internal sealed class RenderedRow
    {
        public RenderedRow(Project project, IReadOnlyCollection<string> used, IReadOnlyCollection<string> missing, IReadOnlyCollection<string> empty)
        {
            Project = project;
            Used = used;
            Missing = missing;
            Empty = empty;
        }

        public Project Project { get; }

        public IReadOnlyCollection<string> Used { get; }

        public IReadOnlyCollection<string> Missing { get; }

        public IReadOnlyCollection<string> Empty { get; }
    }
}
