using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Templates
{
    /// <summary>
    /// The design every row is rendered from: a <see cref="Project"/> built in code, read from JSON, or fetched from
    /// the service by id. The template is copied when it is made (later changes to the project you passed do not
    /// reach it), and each row gets its own copy.
    /// </summary>
    public sealed class BatchTemplate
    {
        private readonly byte[] _utf8;

        private BatchTemplate(byte[] utf8, string description)
        {
            _utf8 = utf8;
            Description = description;
        }

        /// <summary>Where the template came from, for messages: <c>template.json</c>, <c>project 6b0d...</c>, <c>a project built in code</c>.</summary>
        public string Description { get; }

        /// <summary>A template from a project built in code.</summary>
        /// <param name="project">The project; copied now.</param>
        /// <param name="description">How messages name it.</param>
        /// <returns>The template.</returns>
        public static BatchTemplate FromProject(Project project, string description = "a project built in code") =>
            new BatchTemplate(Strip(project ?? throw new ArgumentNullException(nameof(project))).ToUtf8Bytes(), description);

        /// <summary>A template from project JSON (the request body format; <c>$schema</c> is dropped).</summary>
        /// <param name="json">The JSON.</param>
        /// <param name="description">How messages name it.</param>
        /// <returns>The template.</returns>
        /// <exception cref="Serialization.AiStudiosJsonException">The JSON is malformed (line, position and path in the message).</exception>
        public static BatchTemplate FromJson(string json, string description = "the template") =>
            FromProject(Project.FromJson(json ?? throw new ArgumentNullException(nameof(json))), description);

        /// <summary>A template from a project JSON file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <returns>The template.</returns>
        public static async Task<BatchTemplate> FromFileAsync(string path, CancellationToken cancellationToken = default)
        {
            using var stream = new FileStream(path ?? throw new ArgumentNullException(nameof(path)), FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            Project project = await Project.FromJsonAsync(stream, cancellationToken).ConfigureAwait(false);
            return FromProject(project, path);
        }

        /// <summary>
        /// A template from a project on the service (<c>GET /editor/project/{id}</c>), without the server's fields
        /// (<see cref="FetchedProject.ToNewProject"/>), as the fetch-edit-create workflow sends it.
        /// </summary>
        /// <param name="client">The client.</param>
        /// <param name="projectId">The project to copy.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The template.</returns>
        public static async Task<BatchTemplate> FromProjectIdAsync(AiStudiosClient client, string projectId, CancellationToken cancellationToken = default)
        {
            if (client is null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            FetchedProject fetched = await client.GetProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
            return FromProject(fetched.ToNewProject(), "project " + fetched.Id);
        }

        /// <summary>A new, independent copy of the template's project.</summary>
        /// <returns>The copy.</returns>
        public Project CreateProject() => Project.FromJson(_utf8);

        /// <summary>The template's JSON, for fingerprints.</summary>
        internal ReadOnlySpan<byte> Utf8 => _utf8;

        /// <summary>The description.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => "BatchTemplate { " + Description + " }";

        private static Project Strip(Project project)
        {
            // "$schema" is an editor's reference, not payload.
            Project copy = Project.FromJson(project.ToUtf8Bytes());
            copy.AdditionalProperties.Remove("$schema");
            return copy;
        }
    }
}
