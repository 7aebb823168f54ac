using System;
using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>One entry of <c>GET /editor/project</c> (exported projects).</summary>
    public sealed class ProjectSummary
    {
        /// <summary>Creates an entry, e.g. for a test double of the client.</summary>
        /// <param name="id">The project id.</param>
        /// <param name="name">Its name.</param>
        /// <param name="state">Its state.</param>
        /// <param name="downloadUrl">The video, once exported.</param>
        public ProjectSummary(string id, string? name, string? state, Uri? downloadUrl)
        {
            Id = id;
            Name = name;
            State = state;
            DownloadUrl = downloadUrl;
        }

        /// <summary><c>id</c> (or <c>_id</c>).</summary>
        public string Id { get; }

        /// <summary><c>name</c>.</summary>
        public string? Name { get; }

        /// <summary><c>state</c>: <c>exported</c> when ready.</summary>
        public string? State { get; }

        /// <summary><c>download_url</c>.</summary>
        public Uri? DownloadUrl { get; }

        /// <summary><c>progress</c>, when listed.</summary>
        public double? Progress { get; private set; }

        /// <summary><c>createdAt</c>, when listed.</summary>
        public DateTimeOffset? CreatedAt { get; private set; }

        /// <summary><c>updatedAt</c>, when listed.</summary>
        public DateTimeOffset? UpdatedAt { get; private set; }

        /// <summary>Whether the project is rendered and downloadable.</summary>
        public bool IsExported => string.Equals(State, "exported", StringComparison.OrdinalIgnoreCase);

        /// <summary>Id, name and state.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"ProjectSummary {{ Id = {Id}, Name = {Name}, State = {State} }}";

        internal static IReadOnlyList<ProjectSummary> ReadList(JsonElement data, Uri baseAddress)
        {
            JsonElement items = DataReader.ListItems(data, "projects")
                ?? throw new Client.Http.UnexpectedAnswerException("data holds no list of projects.");
            var list = new List<ProjectSummary>(items.GetArrayLength());
            int index = 0;
            foreach (JsonElement item in items.EnumerateArray())
            {
                DataReader.Object(item, "A listed project");
                string id = DataReader.StringOrNumber(item, "id") ?? DataReader.StringOrNumber(item, "_id") ?? DataReader.StringOrNumber(item, "projectId")
                    ?? throw new Client.Http.UnexpectedAnswerException("A listed project has no \"id\".");
                Client.Checks.ProjectIds.CheckAnswer(id, $"The id of data.projects[{index++}]");

                list.Add(new ProjectSummary(
                    id,
                    DataReader.String(item, "name"),
                    DataReader.String(item, "state"),
                    DataReader.Url(item, "download_url", baseAddress) ?? DataReader.Url(item, "downloadUrl", baseAddress))
                {
                    Progress = DataReader.Number(item, "progress"),
                    CreatedAt = DataReader.Date(item, "createdAt"),
                    UpdatedAt = DataReader.Date(item, "updatedAt"),
                });
            }

            return list;
        }
    }
}
