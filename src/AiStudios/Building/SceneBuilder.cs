using System;
using System.Collections.Generic;
using System.Globalization;

namespace AiStudios
{
    // The hand-written half of the generated SceneBuilder: avatars from the catalog, the
    // script, and the bookkeeping users get wrong by hand.
    public sealed partial class SceneBuilder
    {
        private string? _scriptMarkup;

        /// <summary>The orientation of the project this scene belongs to; it decides the canvas size.</summary>
        internal Orientation CanvasOrientation { get; set; } = Orientation.Landscape;

        /// <summary>Sets a background image, with an optional colour.</summary>
        /// <param name="imageUrl">An absolute URL or a site-relative path such as <c>/images/background/bg_blue_gradient.png</c>.</param>
        /// <param name="color">An optional colour: <c>rgb(r,g,b)</c>, <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</param>
        /// <returns>This builder.</returns>
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
        public SceneBuilder Avatar(string avatarId, string clothesId, Action<AvatarClipBuilder>? configure = null) =>
            Avatar(AvatarCatalog.Default.Get(avatarId, clothesId), configure);

        /// <summary>Adds an avatar: <c>Avatar(Avatars.M000045058.BG00002320)</c>.</summary>
        /// <param name="avatar">A catalog entry.</param>
        /// <param name="configure">Sets position, scale, layer and the rest; optional.</param>
        /// <returns>This builder.</returns>
        public SceneBuilder Avatar(AvatarClothes avatar, Action<AvatarClipBuilder>? configure = null)
        {
            if (avatar is null)
            {
                throw new ArgumentNullException(nameof(avatar));
            }

            return Avatar(avatar.CreateModel(), configure);
        }

        /// <summary>What the scene's avatar says, as plain text: it is HTML-encoded and wrapped in <c>&lt;p&gt;</c>, one per line.</summary>
        /// <param name="text">The speech, e.g. <c>Tom &amp; Jerry &lt;3</c>.</param>
        /// <returns>This builder.</returns>
        public SceneBuilder Script(string text)
        {
            _scriptMarkup = ScriptText.FromPlainText(text ?? throw new ArgumentNullException(nameof(text)));
            return this;
        }

        /// <summary>What the scene's avatar says, as markup sent unchanged (<c>&lt;p&gt;</c> and <c>&lt;span&gt;</c> are allowed).</summary>
        /// <param name="markup">The speech markup, e.g. <c>&lt;p&gt;Hello&lt;/p&gt;</c>.</param>
        /// <returns>This builder.</returns>
        public SceneBuilder ScriptMarkup(string markup)
        {
            _scriptMarkup = markup ?? throw new ArgumentNullException(nameof(markup));
            return this;
        }

        /// <summary>Called by every generated clip method: defaults first, then the user's configuration, then a layer.</summary>
        private void AddClips(Clip clip, Action? configure)
        {
            ApplyDefaultGeometry(clip);
            configure?.Invoke();
            if (clip.Layer is null)
            {
                // Layers follow call order: each clip is drawn on top of the ones added before it.
                int top = 0;
                foreach (Clip existing in Target.Clips)
                {
                    top = Math.Max(top, existing.Layer ?? 0);
                }

                clip.Layer = top + 1;
            }

            Target.Clips.Add(clip);
        }

        /// <summary>Numbers the scene, names its clips and writes the script for its avatar.</summary>
        internal global::AiStudios.Scene Complete(int sceneIndex)
        {
            Target.SceneIndex = sceneIndex;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (Clip clip in Target.Clips)
            {
                if (clip.Id.Length > 0)
                {
                    used.Add(clip.Id);
                }
            }

            int ordinal = 0;
            foreach (Clip clip in Target.Clips)
            {
                ordinal++;
                if (clip.Id.Length == 0)
                {
                    string id;
                    int attempt = ordinal;
                    do
                    {
                        id = string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", clip.Type, sceneIndex, attempt++);
                    }
                    while (!used.Add(id));
                    clip.Id = id;
                }

                clip.Name ??= clip.Id;
            }

            if (_scriptMarkup is not null)
            {
                AvatarClip? avatar = null;
                foreach (Clip clip in Target.Clips)
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

                Target.Scripts = new List<global::AiStudios.Script>
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

            return Target;
        }

        /// <summary>A clip without a size fills the canvas; an avatar takes its catalog size and placement.</summary>
        private void ApplyDefaultGeometry(Clip clip)
        {
            if (clip.Width != 0 || clip.Height != 0)
            {
                return;
            }

            if (clip is AvatarClip avatar)
            {
                if (AvatarCatalog.Default.TryGet(avatar.Model.AvatarId, avatar.Model.ClothesId, out AvatarClothes clothes))
                {
                    avatar.Width = clothes.Width;
                    avatar.Height = clothes.Height;
                    AvatarPlacement? placement = clothes.PlacementFor(CanvasOrientation);
                    avatar.Left = placement?.Left ?? 0;
                    avatar.Top = placement?.Top ?? 0;
                }

                return;
            }

            clip.Left = 0;
            clip.Top = 0;
            clip.Width = Canvas.WidthOf(CanvasOrientation);
            clip.Height = Canvas.HeightOf(CanvasOrientation);
        }
    }
}
