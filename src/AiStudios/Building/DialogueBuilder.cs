using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AiStudios
{
    /// <summary>
    /// The lines of a conversation in one scene, in speaking order: <c>d.Say(anna, "Hi, how are you?").Say(ben, "Fine, thanks.")</c>.
    /// Each line is one <c>scripts</c> entry naming its speaker, an avatar added to the scene in those clothes
    /// (the reference's pre-made-project tutorial sends dialogues this way). Get one from <see cref="SceneBuilder.Dialogue"/>.
    /// </summary>
    public sealed class DialogueBuilder
    {
        private readonly List<SpokenLine> _lines;

        internal DialogueBuilder(List<SpokenLine> lines)
        {
            _lines = lines;
        }

        /// <summary>Adds a line, as plain text: HTML-encoded and wrapped in <c>&lt;p&gt;</c>, one per line of text.</summary>
        /// <param name="speaker">The avatar that speaks it, as added to the scene: <c>Avatars.M000045058.BG00002320</c>.</param>
        /// <param name="text">What it says.</param>
        /// <param name="voice">
        /// A text-to-speech voice instead of the avatar's own: the <c>tts</c> object, sent as given with
        /// <c>isTTS: true</c> (its format is not documented). Omitted: <c>tts: null</c>, the avatar's own voice.
        /// </param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="speaker"/> or <paramref name="text"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="voice"/> is not a JSON object.</exception>
        public DialogueBuilder Say(AvatarClothes speaker, string text, JsonElement? voice = null) =>
            Add(speaker, ScriptText.FromPlainText(text ?? throw new ArgumentNullException(nameof(text))), voice);

        /// <summary>Adds a line as markup sent unchanged (<c>&lt;p&gt;</c> and <c>&lt;span&gt;</c> are allowed).</summary>
        /// <param name="speaker">The avatar that speaks it, as added to the scene.</param>
        /// <param name="markup">What it says, e.g. <c>&lt;p&gt;Hello&lt;/p&gt;</c>.</param>
        /// <param name="voice">A text-to-speech voice (the <c>tts</c> object), as for <see cref="Say"/>; omitted: the avatar's own.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="speaker"/> or <paramref name="markup"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="voice"/> is not a JSON object.</exception>
        public DialogueBuilder SayMarkup(AvatarClothes speaker, string markup, JsonElement? voice = null) =>
            Add(speaker, markup ?? throw new ArgumentNullException(nameof(markup)), voice);

        private DialogueBuilder Add(AvatarClothes speaker, string markup, JsonElement? voice)
        {
            _lines.Add(new SpokenLine(speaker ?? throw new ArgumentNullException(nameof(speaker)), markup, SpokenLine.CheckVoice(voice)));
            return this;
        }
    }

    /// <summary>One line the builder turns into a <c>scripts</c> entry at Build().</summary>
    internal sealed class SpokenLine
    {
        public SpokenLine(AvatarClothes? speaker, string markup, JsonElement? voice)
        {
            Speaker = speaker;
            Markup = markup;
            Voice = voice;
        }

        /// <summary>The avatar that speaks; null for the scene's first (Script).</summary>
        public AvatarClothes? Speaker { get; }

        public string Markup { get; }

        /// <summary>The <c>tts</c> object, or null for the avatar's own voice.</summary>
        public JsonElement? Voice { get; }

        /// <summary>A voice is a JSON object (a copy, so the caller's document may go); a JSON null means none.</summary>
        public static JsonElement? CheckVoice(JsonElement? voice)
        {
            if (voice is not JsonElement element || element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"A voice is the script's tts object; this is {(element.ValueKind == JsonValueKind.Undefined ? "default(JsonElement)" : "a JSON " + element.ValueKind.ToString().ToLowerInvariant())}.", nameof(voice));
            }

            return element.Clone();
        }

        /// <summary>The scripts entry: all five fields the reference requires, <c>tts</c> null for the avatar's own voice.</summary>
        public global::AiStudios.Script ToScript(string modelId, string clothId) => new global::AiStudios.Script
        {
            Text = Markup,
            IsTts = Voice is not null,
            Tts = Voice ?? Serialization.JsonReadSupport.Null,
            ModelId = modelId,
            ClothId = clothId,
        };
    }
}
