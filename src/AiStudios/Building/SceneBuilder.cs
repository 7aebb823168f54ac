using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using AiStudios.Validation.Rules;

namespace AiStudios
{
    // The hand-written half of the generated SceneBuilder: avatars from the catalog (or the account), the
    // speech, and the bookkeeping users get wrong by hand.
    public sealed partial class SceneBuilder
    {
        // The entry each Avatar(AvatarClothes) clip was added from: its size and placement are
        // applied at Build(), and the entry need not be (or match) the one in the catalog.
        private readonly Dictionary<AvatarClip, AvatarClothes> _clothes = new Dictionary<AvatarClip, AvatarClothes>();

        // Script(...): the speech of the scene's (first) avatar; Dialogue(...): lines naming their speakers.
        private SpokenLine? _script;
        private readonly List<SpokenLine> _lines = new List<SpokenLine>();

        /// <summary>Sets a background image, with an optional colour.</summary>
        /// <param name="imageUrl">An absolute URL or a site-relative path such as <c>/images/background/bg_blue_gradient.png</c>.</param>
        /// <param name="color">An optional colour: <c>rgb(r,g,b)</c>, <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="imageUrl"/> is null.</exception>
        /// <remarks>A scene given no background gets the published examples' one at <c>Build()</c> (the reference requires a background).</remarks>
        public SceneBuilder Background(string imageUrl, string? color = null)
        {
            if (imageUrl is null)
            {
                throw new ArgumentNullException(nameof(imageUrl));
            }

            return Background(b =>
            {
                b.SourceUrl(imageUrl);
                if (color is not null)
                {
                    b.SourceColor(color);
                }
            });
        }

        /// <summary>Adds an avatar from the catalog in its default clothes.</summary>
        /// <param name="avatarId">The avatar id, e.g. <c>M000045058</c>.</param>
        /// <param name="configure">Sets position, scale, layer and the rest; optional.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The id is not in the catalog, so its default clothes are not known (give them: <c>Avatar(avatarId, clothesId)</c>); the message suggests the closest id.</exception>
        public SceneBuilder Avatar(string avatarId, Action<AvatarClipBuilder>? configure = null) =>
            Avatar(AvatarCatalog.Default.Get(avatarId), configure);

        /// <summary>
        /// Adds an avatar in the given clothes: from the catalog when it lists the avatar in those clothes, else as the
        /// ids alone (an avatar of your account no catalog lists, or clothes of your account's avatar its catalog entry
        /// lacks; validation warns, AIS0011 or AIS0012, and the client checks the account before sending). An avatar
        /// known by its ids alone is sized and placed as the published examples' avatar (README: Avatars).
        /// </summary>
        /// <param name="avatarId">The avatar id, e.g. <c>M000045058</c>.</param>
        /// <param name="clothesId">The clothes id, e.g. <c>BG00002320</c>.</param>
        /// <param name="configure">Sets position, scale, layer and the rest; optional.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">
        /// The catalog is complete (<see cref="AvatarCatalog.IsComplete"/>) and lacks the avatar or these clothes of it:
        /// known wrong. The message suggests the closest id.
        /// </exception>
        public SceneBuilder Avatar(string avatarId, string clothesId, Action<AvatarClipBuilder>? configure = null) =>
            Avatar(Entry(avatarId, clothesId), configure);

        /// <summary>Adds an avatar: <c>Avatar(Avatars.M000045058.BG00002320)</c>.</summary>
        /// <param name="avatar">A catalog entry, registered or not: the clip takes its size and placement.</param>
        /// <param name="configure">Sets position, scale, layer and the rest; optional.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="avatar"/> is null.</exception>
        public SceneBuilder Avatar(AvatarClothes avatar, Action<AvatarClipBuilder>? configure = null)
        {
            if (avatar is null)
            {
                throw new ArgumentNullException(nameof(avatar));
            }

            // Not via the generated Avatar(AvatarModel): the clip is remembered with its entry.
            var builder = new AvatarClipBuilder(AvatarClipBuilder.Create(avatar.CreateModel()));
            _clothes[builder.Target] = avatar;
            AddClips(builder.Target, configure is null ? null : () => configure(builder));
            return this;
        }

        /// <summary>
        /// What the scene's avatar says, as plain text: it is HTML-encoded and wrapped in <c>&lt;p&gt;</c>, one per line.
        /// In a scene of several avatars it is the first one's; give each its lines with <see cref="Dialogue"/> instead.
        /// Calling it again replaces the speech.
        /// </summary>
        /// <param name="text">The speech, e.g. <c>Tom &amp; Jerry &lt;3</c>.</param>
        /// <param name="voice">
        /// A text-to-speech voice to speak it instead of the avatar's own: the <c>tts</c> object, sent as given with
        /// <c>isTTS: true</c> (its format is not documented: ask the vendor). Omitted: <c>tts: null</c>, the avatar's voice.
        /// </param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="voice"/> is not a JSON object.</exception>
        public SceneBuilder Script(string text, JsonElement? voice = null)
        {
            _script = new SpokenLine(null, ScriptText.FromPlainText(text ?? throw new ArgumentNullException(nameof(text))), SpokenLine.CheckVoice(voice));
            return this;
        }

        /// <summary>What the scene's avatar says, as markup sent unchanged (<c>&lt;p&gt;</c> and <c>&lt;span&gt;</c> are allowed); see <see cref="Script"/>.</summary>
        /// <param name="markup">The speech markup, e.g. <c>&lt;p&gt;Hello&lt;/p&gt;</c>.</param>
        /// <param name="voice">A text-to-speech voice (the <c>tts</c> object), as for <see cref="Script"/>; omitted: the avatar's own.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="markup"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="voice"/> is not a JSON object.</exception>
        public SceneBuilder ScriptMarkup(string markup, JsonElement? voice = null)
        {
            _script = new SpokenLine(null, markup ?? throw new ArgumentNullException(nameof(markup)), SpokenLine.CheckVoice(voice));
            return this;
        }

        /// <summary>
        /// A conversation between the scene's avatars: each line names its speaker and they speak in the order given,
        /// <c>Dialogue(d =&gt; d.Say(anna, "Hi, how are you?").Say(ben, "Fine, thanks."))</c>. Each speaker must be
        /// an avatar added to the scene (<see cref="Avatar(AvatarClothes, Action{AvatarClipBuilder})"/>) in those
        /// clothes; each line becomes one <c>scripts</c> entry with its <c>modelId</c> and <c>clothId</c>. Calling it
        /// again adds more lines.
        /// </summary>
        /// <param name="configure">Adds the lines.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
        public SceneBuilder Dialogue(Action<DialogueBuilder> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            configure(new DialogueBuilder(_lines));
            return this;
        }

        /// <summary>An avatar in the given clothes, from the catalog or by its ids alone; see <see cref="Avatar(string, string, Action{AvatarClipBuilder})"/>.</summary>
        private static AvatarClothes Entry(string avatarId, string clothesId)
        {
            if (avatarId is null)
            {
                throw new ArgumentNullException(nameof(avatarId));
            }

            if (clothesId is null)
            {
                throw new ArgumentNullException(nameof(clothesId));
            }

            AvatarCatalog catalog = AvatarCatalog.Default;
            if (catalog.TryGet(avatarId, clothesId, out AvatarClothes found))
            {
                return found;
            }

            // A complete catalog lists every pair there is: Get explains what it knows. Otherwise the account may have
            // the pair. Its size is not taken from the avatar's listed clothes: no source says an avatar's images are
            // the same size in all its clothes, and the drawing metadata (model) is per clothes. So it is sized like any
            // avatar known by its ids alone (BuilderLayout.ForAvatar), as the analyzers assume too.
            return catalog.IsComplete ? catalog.Get(avatarId, clothesId) : new AvatarClothes(avatarId, clothesId);
        }

        /// <summary>Called by every generated clip method. Size, place, layer and name wait for Build(): they depend on the project's orientation and on clips added later.</summary>
        private void AddClips(Clip clip, Action? configure)
        {
            configure?.Invoke();
            Target.Clips.Add(clip);
        }

        /// <summary>
        /// A finished copy of the scene: numbered, its clips given ids, names, size, place and
        /// layer where the user set none, its speech as scripts naming their avatars, and what the
        /// reference requires but the user left unset (a background, the scripts list) from the
        /// schema's x-builder-default. The builder keeps what the user wrote, so Build() can run
        /// again after more changes (another orientation, say).
        /// </summary>
        /// <exception cref="InvalidOperationException">As <see cref="ProjectBuilder.Build"/>.</exception>
        internal global::AiStudios.Scene Complete(int sceneIndex, Orientation orientation)
        {
            List<Clip> clips = Target.Clips ?? throw new InvalidOperationException($"Scene {sceneIndex}: Clips is null; leave it a list, empty if need be.");
            var copies = new List<Clip>(clips.Count);
            for (int i = 0; i < clips.Count; i++)
            {
                Clip clip = clips[i] ?? throw new InvalidOperationException($"Scene {sceneIndex}, clip {i} is null; remove it from Clips.");
                Clip copy = JsonCopy.Of<Clip>(clip.WriteTo, Clip.ReadJson, Where(sceneIndex, i, clip));
                ApplyDefaultGeometry(copy, clip is AvatarClip avatar && _clothes.TryGetValue(avatar, out AvatarClothes? clothes) ? clothes : null, orientation);
                CheckAnimation(copy, sceneIndex, i);
                copies.Add(copy);
            }

            // The rest of the scene, without the clips: they are copied one by one above so that
            // an error can name its clip.
            global::AiStudios.Scene scene;
            Target.Clips = new List<Clip>();
            try
            {
                scene = JsonCopy.Of<global::AiStudios.Scene>(Target.WriteTo, global::AiStudios.Scene.ReadJson, $"Scene {sceneIndex}");
            }
            finally
            {
                Target.Clips = clips;
            }

            scene.SceneIndex = sceneIndex;
            scene.Clips = copies;
            NameClips(copies, sceneIndex);
            LayerClips(copies, sceneIndex);
            WriteScripts(scene, sceneIndex);
            ApplyBuildDefaults(scene);
            return scene;
        }

        /// <summary>
        /// The reference requires all three fields of an animation, and documents no default for its type or duration,
        /// so the builder cannot fill them in (it starts <c>delay</c> at 0, the schema's x-builder-initial): an animation
        /// without them is refused here rather than sent incomplete.
        /// </summary>
        private static void CheckAnimation(Clip clip, int sceneIndex, int clipIndex)
        {
            Animation? animation = clip switch
            {
                ImageClip image => image.Animation,
                ShapeClip shape => shape.Animation,
                TextClip text => text.Animation,
                _ => null,
            };
            if (animation is null)
            {
                return;
            }

            var missing = new List<string>(3);
            if (animation.Type is null)
            {
                missing.Add("type (Type(AnimationType.FadeIn), say)");
            }

            if (animation.Duration is null)
            {
                missing.Add("duration (Duration(seconds), 1 to 30)");
            }

            if (animation.Delay is null)
            {
                missing.Add("delay (Delay(seconds), 0 to 30)");
            }

            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"{Where(sceneIndex, clipIndex, clip)}: its animation has no {string.Join(" and no ", missing)}. The reference requires an animation's type, duration and delay and gives no default; set them in Animation(a => ...), or remove the animation.");
            }
        }

        /// <summary>How a message names a clip: <c>Scene 0, clip 2 (textImage 'title')</c>, its type and id cut when long.</summary>
        private static string Where(int sceneIndex, int clipIndex, Clip clip)
        {
            string type = Echo.Of(clip.Type ?? string.Empty);
            return string.IsNullOrEmpty(clip.Id)
                ? $"Scene {sceneIndex}, clip {clipIndex} ({type})"
                : $"Scene {sceneIndex}, clip {clipIndex} ({type} '{Echo.Of(clip.Id)}')";
        }

        /// <summary>
        /// A clip the user did not size fills the canvas; an avatar takes the size and placement of
        /// its catalog entry, or of the stand-in when the entry has no size (see <see cref="BuilderLayout.ForAvatar"/>).
        /// Only what the user left unset (a size of 0, no left or top) is filled in; a clip still without
        /// a place goes to the canvas's top-left corner, as the reference requires left and top.
        /// </summary>
        private static void ApplyDefaultGeometry(Clip clip, AvatarClothes? clothes, Orientation orientation)
        {
            if (BuilderLayout.IsUnsized(clip.Width, clip.Height))
            {
                DefaultGeometry? geometry;
                if (clip is AvatarClip avatar)
                {
                    // An avatar added from a bare AvatarModel has no entry of its own: look its ids up (or know it by them alone).
                    if (clothes is null && !AvatarCatalog.Default.TryGet(avatar.Model.AvatarId, avatar.Model.ClothesId, out clothes))
                    {
                        clothes = null;
                    }

                    AvatarPlacement? placement = clothes?.PlacementFor(orientation);
                    geometry = BuilderLayout.ForAvatar(clothes?.Width, clothes?.Height, placement?.Left, placement?.Top, orientation.ToWireValue());
                }
                else
                {
                    geometry = BuilderLayout.ForCanvas(Canvas.WidthOf(orientation), Canvas.HeightOf(orientation));
                }

                if (geometry is DefaultGeometry size)
                {
                    clip.Width = size.Width;
                    clip.Height = size.Height;
                    clip.Left ??= size.Left;
                    clip.Top ??= size.Top;
                }
            }

            clip.Left ??= BuilderLayout.DefaultLeft;
            clip.Top ??= BuilderLayout.DefaultTop;
        }

        /// <summary>Ids and names unique in the scene; the ones the user set are kept.</summary>
        private static void NameClips(List<Clip> clips, int sceneIndex)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (Clip clip in clips)
            {
                if (clip.Id.Length > 0)
                {
                    ids.Add(clip.Id);
                }

                if (clip.Name is not null)
                {
                    names.Add(clip.Name);
                }
            }

            for (int i = 0; i < clips.Count; i++)
            {
                Clip clip = clips[i];
                if (clip.Id.Length == 0)
                {
                    // An id no clip has as its name either: the clip's name will be its id.
                    string id;
                    int ordinal = i + 1;
                    do
                    {
                        id = string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", clip.Type, sceneIndex, ordinal++);
                    }
                    while (names.Contains(id) || !ids.Add(id));
                    clip.Id = id;
                }

                if (clip.Name is null)
                {
                    // The id, unless the user gave that name to another clip.
                    string name = clip.Id;
                    for (int n = 2; !names.Add(name); n++)
                    {
                        name = string.Format(CultureInfo.InvariantCulture, "{0} ({1})", clip.Id, n);
                    }

                    clip.Name = name;
                }
            }
        }

        /// <summary>
        /// Layers follow call order: a clip without one goes on the lowest layer above the clip
        /// before it that no other clip uses, so it never shares a layer with a clip given that
        /// layer later (AIS0005).
        /// </summary>
        private static void LayerClips(List<Clip> clips, int sceneIndex)
        {
            var own = new int?[clips.Count];
            for (int i = 0; i < clips.Count; i++)
            {
                own[i] = clips[i].Layer;
            }

            int?[] layers = BuilderLayout.AssignLayers(own);
            for (int i = 0; i < clips.Count; i++)
            {
                if (layers[i] is not int layer)
                {
                    int previous = i == 0 ? 0 : layers[i - 1] ?? 0;
                    throw new InvalidOperationException($"{Where(sceneIndex, i, clips[i])}: no layer is free above {previous}, the layer of the clip before it. Set its layer with Layer(...), or a lower layer on the clip before it.");
                }

                clips[i].Layer = layer;
            }
        }

        /// <summary>
        /// The scene's speech as scripts, one entry per line in speaking order, each naming its avatar clip
        /// (<c>modelId</c>/<c>clothId</c>) and voice (<c>tts: null</c> is the avatar's own). <c>Script(...)</c> is
        /// spoken by the scene's first avatar; each <c>Dialogue</c> line by the avatar it names.
        /// </summary>
        private void WriteScripts(global::AiStudios.Scene scene, int sceneIndex)
        {
            if (_script is null && _lines.Count == 0)
            {
                return;
            }

            if (_script is not null && _lines.Count > 0)
            {
                throw new InvalidOperationException($"Scene {sceneIndex} has both a Script(...) and Dialogue(...) lines; in a dialogue give every line its speaker with Dialogue(d => d.Say(avatar, \"...\")).");
            }

            var scripts = new List<global::AiStudios.Script>(Math.Max(1, _lines.Count));
            if (_script is not null)
            {
                AvatarClip avatar = FirstAvatar(scene) ?? throw new InvalidOperationException($"Scene {sceneIndex} has a script but no avatar to speak it. Add one with Avatar(...).");
                scripts.Add(_script.ToScript(avatar.Model.AvatarId, avatar.Model.ClothesId));
            }

            for (int i = 0; i < _lines.Count; i++)
            {
                SpokenLine line = _lines[i];
                AvatarClothes speaker = line.Speaker!;
                if (!HasAvatar(scene, speaker))
                {
                    throw new InvalidOperationException($"Scene {sceneIndex}, line {i} of the dialogue is for '{Echo.Of(speaker.AvatarId)}' in '{Echo.Of(speaker.ClothesId)}', but no avatar clip of the scene is that avatar in those clothes. Add it with Avatar(...).");
                }

                scripts.Add(line.ToScript(speaker.AvatarId, speaker.ClothesId));
            }

            scene.Scripts = scripts;
        }

        private static AvatarClip? FirstAvatar(global::AiStudios.Scene scene)
        {
            foreach (Clip clip in scene.Clips)
            {
                if (clip is AvatarClip avatar)
                {
                    return avatar;
                }
            }

            return null;
        }

        private static bool HasAvatar(global::AiStudios.Scene scene, AvatarClothes speaker)
        {
            foreach (Clip clip in scene.Clips)
            {
                if (clip is AvatarClip { Model: { } model } && model.AvatarId == speaker.AvatarId && model.ClothesId == speaker.ClothesId)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
