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
            : this(projectId, renderStarted, null)
        {
        }

        /// <summary>Creates the result of a call that also answers a task id (<c>POST /simple/custom</c>).</summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="renderStarted">Whether the call started a render.</param>
        /// <param name="taskId">The task id the service answered, if any.</param>
        public CreatedProject(string projectId, bool renderStarted, string? taskId)
        {
            ProjectId = projectId;
            RenderStarted = renderStarted;
            TaskId = taskId;
        }

        /// <summary>The project's id (<c>data.projectId</c>): use it to poll progress, fetch, edit, export or delete.</summary>
        public string ProjectId { get; }

        /// <summary>Whether the call asked the service to render (<c>isExport</c> was not false).</summary>
        public bool RenderStarted { get; }

        /// <summary>
        /// <c>data.taskId</c>, which <c>POST /simple/custom</c> answers besides the project id (what it is for is not
        /// documented; follow the render by <see cref="ProjectId"/>); null for the other calls.
        /// </summary>
        public string? TaskId { get; }

        /// <summary>The id and whether a render started.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            TaskId is null
                ? $"CreatedProject {{ ProjectId = {ProjectId}, RenderStarted = {RenderStarted} }}"
                : $"CreatedProject {{ ProjectId = {ProjectId}, RenderStarted = {RenderStarted}, TaskId = {Client.Checks.EchoText.Cap(TaskId, 100)} }}";

        internal static CreatedProject Read(JsonElement data, bool renderStarted) =>
            new CreatedProject(ReadId(data), renderStarted);

        internal static CreatedProject ReadWithTask(JsonElement data, bool renderStarted) =>
            new CreatedProject(ReadId(data), renderStarted, DataReader.StringOrNumber(data, "taskId"));

        private static string ReadId(JsonElement data) =>
            DataReader.StringOrNumber(DataReader.Object(data, "data"), "projectId") is { Length: > 0 } id
                ? Client.Checks.ProjectIds.CheckAnswer(id, "data.projectId")
                : throw new Client.Http.UnexpectedAnswerException("data has no \"projectId\".");
    }
}
