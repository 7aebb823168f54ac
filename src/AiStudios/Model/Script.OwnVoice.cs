using System.Text.Json;

namespace AiStudios
{
    // The generated Script (from schema/project.schema.json) with what the schema cannot say: the value of Tts that
    // means "the avatar's own voice".
    public sealed partial class Script
    {
        /// <summary>
        /// The <see cref="Tts"/> of a line the avatar speaks in its own voice: JSON <c>null</c>, which the API reference
        /// requires (<c>"tts": null</c> with <c>isTTS</c> false). A C# null instead leaves <c>tts</c> out of the payload,
        /// which <c>Validate()</c> reports (AIS1004). The builder writes it for you; set it when you write scripts yourself:
        /// <c>new Script { Text = "&lt;p&gt;Hi&lt;/p&gt;", IsTts = false, Tts = Script.OwnVoice, ModelId = "...", ClothId = "..." }</c>.
        /// </summary>
        public static JsonElement OwnVoice => Serialization.JsonReadSupport.Null;
    }
}
