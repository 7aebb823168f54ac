using System;
using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>
    /// A project as <c>GET /editor/project/{id}</c> returns it: the generated <see cref="AiStudios.Project"/>, which
    /// keeps every field it does not model (the server's among them) in <see cref="Project.AdditionalProperties"/>, so
    /// the whole answer round-trips, plus the server's fields typed for reading.
    /// </summary>
    public sealed class FetchedProject
    {
        /// <summary>
        /// The fields the service adds to a stored project; <see cref="ToNewProject"/> removes them. Not <c>dictionary</c>:
        /// the user's pronunciation entries (<see cref="Project.PronunciationDictionary"/>) belong to the content, and a new
        /// project made from this one should say the words the same way.
        /// </summary>
        private static readonly string[] ServerFields =
        {
            "_id", "userId", "templateId", "state", "thumbnailUrl", "baseInfoId", "backendTaskId",
            "exportType", "progress", "creditSubstracted", "createdAt", "updatedAt", "download_url",
        };

        internal FetchedProject(Project project, string id)
        {
            Project = project;
            Id = id;
        }

        /// <summary>The project, with every field of the answer: change it and create or export it again.</summary>
        public Project Project { get; }

        /// <summary>The project's id (<c>_id</c>).</summary>
        public string Id { get; }

        /// <summary><c>state</c>: <c>exported</c> when a render is done; other values are not documented.</summary>
        public string? State { get; private set; }

        /// <summary><c>progress</c> of the latest render, 0 to 100.</summary>
        public double? Progress { get; private set; }

        /// <summary><c>download_url</c>: the rendered video, once exported.</summary>
        public Uri? DownloadUrl { get; private set; }

        /// <summary><c>thumbnailUrl</c>.</summary>
        public Uri? ThumbnailUrl { get; private set; }

        /// <summary><c>userId</c>.</summary>
        public string? UserId { get; private set; }

        /// <summary><c>templateId</c>.</summary>
        public string? TemplateId { get; private set; }

        /// <summary><c>baseInfoId</c>.</summary>
        public string? BaseInfoId { get; private set; }

        /// <summary><c>backendTaskId</c>: the render task, as webhooks name it.</summary>
        public string? BackendTaskId { get; private set; }

        /// <summary><c>exportType</c>.</summary>
        public string? ExportType { get; private set; }

        /// <summary><c>creditSubstracted</c> (sic): whether credits were charged for the render.</summary>
        public bool? CreditSubtracted { get; private set; }

        /// <summary><c>createdAt</c>.</summary>
        public DateTimeOffset? CreatedAt { get; private set; }

        /// <summary><c>updatedAt</c>.</summary>
        public DateTimeOffset? UpdatedAt { get; private set; }

        /// <summary>
        /// A copy of <see cref="Project"/> without the fields the service adds to a stored project (<c>_id</c>,
        /// <c>state</c>, <c>download_url</c>, ...): the body for creating a new project from this one, the workflow the
        /// reference recommends (design in the web editor, fetch, change scripts and texts, create again).
        /// </summary>
        /// <returns>The copy; every other field, known or not, is kept, the <c>dictionary</c> (pronunciation entries) whole.</returns>
        public Project ToNewProject()
        {
            Project copy = Project.FromJson(Project.ToUtf8Bytes());
            foreach (string field in ServerFields)
            {
                copy.AdditionalProperties.Remove(field);
            }

            return copy;
        }

        /// <summary>The id, name and state.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"FetchedProject {{ Id = {Id}, Name = {Project.Name}, State = {State} }}";

        internal static FetchedProject Read(JsonElement data, Uri baseAddress)
        {
            JsonElement obj = DataReader.Object(data, "data");
            JsonElement json = obj.TryGetProperty("project", out JsonElement nested) && nested.ValueKind == JsonValueKind.Object
                ? nested
                : obj.TryGetProperty("scenes", out _) ? obj : throw new Client.Http.UnexpectedAnswerException("data has no \"project\" object.");

            Project project = Project.FromJson(json.GetRawText());
            string id = Client.Checks.ProjectIds.CheckAnswer(
                DataReader.StringOrNumber(json, "_id") ?? DataReader.StringOrNumber(json, "id")
                    ?? throw new Client.Http.UnexpectedAnswerException("data.project has no \"_id\"."),
                "data.project._id");
            return new FetchedProject(project, id)
            {
                State = DataReader.String(json, "state"),
                Progress = DataReader.Number(json, "progress"),
                DownloadUrl = DataReader.Url(json, "download_url", baseAddress),
                ThumbnailUrl = DataReader.Url(json, "thumbnailUrl", baseAddress),
                UserId = DataReader.StringOrNumber(json, "userId"),
                TemplateId = DataReader.StringOrNumber(json, "templateId"),
                BaseInfoId = DataReader.StringOrNumber(json, "baseInfoId"),
                BackendTaskId = DataReader.StringOrNumber(json, "backendTaskId"),
                ExportType = DataReader.String(json, "exportType"),
                CreditSubtracted = DataReader.Boolean(json, "creditSubstracted"),
                CreatedAt = DataReader.Date(json, "createdAt"),
                UpdatedAt = DataReader.Date(json, "updatedAt"),
            };
        }
    }
}
