using System;
using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>The body of <c>POST /simple/audio</c>: a text spoken in an avatar's voice, as an audio file.</summary>
    public sealed class SimpleAudioRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="language">The speech language, e.g. <c>en</c>.</param>
        /// <param name="text">What to say, in that language.</param>
        /// <param name="model">The avatar whose voice speaks, e.g. <c>M000045058</c> (see <see cref="AiStudiosClient.GetAvatarsAsync"/>).</param>
        public SimpleAudioRequest(string language, string text, string model)
        {
            Language = language;
            Text = text;
            Model = model;
        }

        /// <summary><c>language</c>.</summary>
        public string Language { get; set; }

        /// <summary><c>text</c>.</summary>
        public string Text { get; set; }

        /// <summary><c>model</c>: the avatar id (no clothes: a voice has none).</summary>
        public string Model { get; set; }
    }

    /// <summary>
    /// What <c>POST /simple/audio</c> answers: the audio file, made before the call returned. Fetch it with
    /// <see cref="AiStudiosClient.DownloadAsync"/> or <see cref="AiStudiosClient.DownloadToFileAsync"/>; how long the
    /// link lives is not documented, so fetch it soon.
    /// </summary>
    public sealed class SimpleAudio
    {
        /// <summary>Creates the result, e.g. for a test double of the client.</summary>
        /// <param name="fileName">The file's name.</param>
        /// <param name="downloadUrl">Where the file is.</param>
        /// <param name="metaList">The entries of <c>metaList</c>, as sent.</param>
        public SimpleAudio(string? fileName, Uri downloadUrl, IReadOnlyList<JsonElement> metaList)
        {
            FileName = fileName;
            DownloadUrl = downloadUrl ?? throw new ArgumentNullException(nameof(downloadUrl));
            MetaList = metaList ?? throw new ArgumentNullException(nameof(metaList));
        }

        /// <summary><c>data.fileName</c>.</summary>
        public string? FileName { get; }

        /// <summary><c>data.downloadUrl</c>: the audio file (fetched without the token, like a video).</summary>
        public Uri DownloadUrl { get; }

        /// <summary><c>data.metaList</c>: objects whose fields the reference does not document, kept as sent.</summary>
        public IReadOnlyList<JsonElement> MetaList { get; }

        /// <summary>The file name and URL.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"SimpleAudio {{ FileName = {FileName}, DownloadUrl = {DownloadUrl} }}";

        internal static SimpleAudio Read(JsonElement data, Uri baseAddress)
        {
            JsonElement obj = DataReader.Object(data, "data");
            Uri url = DataReader.Url(obj, "downloadUrl", baseAddress) ?? DataReader.Url(obj, "download_url", baseAddress)
                ?? throw new Client.Http.UnexpectedAnswerException("data has no \"downloadUrl\".");
            var meta = new List<JsonElement>();
            if (obj.TryGetProperty("metaList", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in list.EnumerateArray())
                {
                    meta.Add(item.Clone());
                }
            }

            return new SimpleAudio(DataReader.String(obj, "fileName"), url, meta);
        }
    }
}
