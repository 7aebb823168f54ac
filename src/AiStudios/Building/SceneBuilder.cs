using System;
using System.Collections.Generic;
using System.Globalization;
using AiStudios.Validation.Rules;

namespace AiStudios
{
    // The hand-written half of the generated SceneBuilder: avatars from the catalog, the
    // script, and the bookkeeping users get wrong by hand.
    public sealed partial class SceneBuilder
    {
        // The entry each Avatar(AvatarClothes) clip was added from: its size and placement are
        // applied at Build(), and the entry need not be (or match) the one in the catalog.
        private readonly Dictionary<AvatarClip, AvatarClothes> _clothes = new Dictionary<AvatarClip, AvatarClothes>();
        private string? _scriptMarkup;

        /// <summary>Sets a background image, with an optional colour.</summary>
        /// <param name="imageUrl">An absolute URL or a site-relative path such as <c>/images/background/bg_blue_gradient.png</c>.</param>
        /// <param name="color">An optional colour: <c>rgb(r,g,b)</c>, <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="imageUrl"/> is null.</exception>
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
        /// <exception cref="ArgumentException">The id is not in the catalog; the message suggests the closest one.</exception>
        public SceneBuilder Avatar(string avatarId, Action<AvatarClipBuilder>? configure = null) =>
            Avatar(AvatarCatalog.Default.Get(avatarId), configure);

        /// <summary>Adds an avatar from the catalog in the given clothes.</summary>
        /// <param name="avatarId">The avatar id, e.g. <c>M000045058</c>.</param>
        /// <param name="clothesId">The clothes id, e.g. <c>BG00002320</c>.</param>
        /// <param name="configure">Sets position, scale, layer and the rest; optional.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The avatar or its clothes are not in the catalog.</exception>
        public SceneBuilder Avatar(string avatarId, string clothesId, Action<AvatarClipBuilder>? configure = null) =>
            Avatar(AvatarCatalog.Default.Get(avatarId, clothesId), configure);

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

        /// <summary>What the scene's avatar says, as plain text: it is HTML-encoded and wrapped in <c>&lt;p&gt;</c>, one per line.</summary>
        /// <param name="text">The speech, e.g. <c>Tom &amp; Jerry &lt;3</c>.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public SceneBuilder Script(string text)
        {
            _scriptMarkup = ScriptText.FromPlainText(text ?? throw new ArgumentNullException(nameof(text)));
            return this;
        }

        /// <summary>What the scene's avatar says, as markup sent unchanged (<c>&lt;p&gt;</c> and <c>&lt;span&gt;</c> are allowed).</summary>
        /// <param name="markup">The speech markup, e.g. <c>&lt;p&gt;Hello&lt;/p&gt;</c>.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="markup"/> is null.</exception>
        public SceneBuilder ScriptMarkup(string markup)
        {
            _scriptMarkup = markup ?? throw new ArgumentNullException(nameof(markup));
            return this;
        }

        /// <summary>Called by every generated clip method. Size, place, layer and name wait for Build(): they depend on the project's orientation and on clips added later.</summary>
        private void AddClips(Clip clip, Action? configure)
        {
            configure?.Invoke();
            Target.Clips.Add(clip);
        }

        /// <summary>
        /// A finished copy of the scene: numbered, its clips given ids, names, size, place and
        /// layer where the user set none, the script given to its avatar. The builder keeps what
        /// the user wrote, so Build() can run again after more changes (another orientation, say).
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
            WriteScript(scene, sceneIndex);
            return scene;
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
        /// its catalog entry. Only what the user left unset (a size of 0, no left or top) is filled in.
        /// </summary>
        private static void ApplyDefaultGeometry(Clip clip, AvatarClothes? clothes, Orientation orientation)
        {
            if (!BuilderLayout.IsUnsized(clip.Width, clip.Height))
            {
                return;
            }

            DefaultGeometry geometry;
            if (clip is AvatarClip avatar)
            {
                // An avatar added from a bare AvatarModel has no entry of its own: look its ids up.
                if (clothes is null && !AvatarCatalog.Default.TryGet(avatar.Model.AvatarId, avatar.Model.ClothesId, out clothes))
                {
                    return;
                }

                AvatarPlacement? placement = clothes.PlacementFor(orientation);
                geometry = BuilderLayout.ForAvatar(clothes.Width, clothes.Height, placement?.Left, placement?.Top);
            }
            else
            {
                geometry = BuilderLayout.ForCanvas(Canvas.WidthOf(orientation), Canvas.HeightOf(orientation));
            }

            clip.Width = geometry.Width;
            clip.Height = geometry.Height;
            clip.Left ??= geometry.Left;
            clip.Top ??= geometry.Top;
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

        /// <summary>The scene's speech, as a script naming the scene's first avatar.</summary>
        private void WriteScript(global::AiStudios.Scene scene, int sceneIndex)
        {
            if (_scriptMarkup is null)
            {
                return;
            }

            AvatarClip? avatar = null;
            foreach (Clip clip in scene.Clips)
            {
                if (clip is AvatarClip candidate)
                {
                    avatar = candidate;
                    break;
                }
            }

            if (avatar is null)
            {
                throw new InvalidOperationException($"Scene {sceneIndex} has a script but no avatar to speak it. Add one with Avatar(...).");
            }

            scene.Scripts = new List<global::AiStudios.Script>
            {
                new global::AiStudios.Script
                {
                    Text = _scriptMarkup,
                    IsTts = false,
                    ModelId = avatar.Model.AvatarId,
                    ClothId = avatar.Model.ClothesId,
                },
            };
        }
    }
}
