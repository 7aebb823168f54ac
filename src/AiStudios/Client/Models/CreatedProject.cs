using System.Text.Json;
using AiStudios.Client.Models;

namespace AiStudios
{
    /// <summary>What the service answered to a call that creates or exports a project: its id.</summary>
    public sealed class CreatedProject
    {
        /// <summary>Creates the result, e.g. for a test double of the client.</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="renderStarted">Whether the call started a render.</param>
        public CreatedProject(string projectId, bool renderStarted)
        {
            ProjectId = projectId;
            RenderStarted = renderStarted;
        }

        /// <summary>The project's id (<c>data.projectId</c>): use it to poll progress, fetch, edit, export or delete.</summary>
        public string ProjectId { get; }

        /// <summary>Whether the call asked the service to render (<c>isExport</c> was not false).</summary>
        public bool RenderStarted { get; }

        /// <summary>The id and whether a render started.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"CreatedProject {{ ProjectId = {ProjectId}, RenderStarted = {RenderStarted} }}";

        internal static CreatedProject Read(JsonElement data, bool renderStarted) =>
            new CreatedProject(
                DataReader.StringOrNumber(DataReader.Object(data, "data"), "projectId") is { Length: > 0 } id
                    ? Client.Checks.ProjectIds.CheckAnswer(id, "data.projectId")
                    : throw new Client.Http.UnexpectedAnswerException("data has no \"projectId\"."),
                renderStarted);
    }
}
