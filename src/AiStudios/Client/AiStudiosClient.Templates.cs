using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Checks;
using AiStudios.Client.Http;
using AiStudios.Client.Models;

namespace AiStudios
{
    public partial class AiStudiosClient
    {
        /// <summary>
        /// <c>POST /editor/template/{templateId}</c>: a new project from a template, not rendered (render it with
        /// <see cref="ExportProjectAsync"/>), optionally with another avatar, clothes or name. It creates a project that
        /// <c>GET /editor/project</c> does not list, so it is retried only like <see cref="CreateProjectAsync"/>.
        /// </summary>
        /// <remarks>
        /// The reference does not settle the field names or where they go (see <see cref="TemplateProjectOptions"/>):
        /// the client sends the table's names (<c>aiName</c>, <c>clothId</c>, <c>name</c>, <c>workspaceId</c>) in a
        /// JSON body and the samples' (<c>model</c>, <c>clothes</c>, <c>name</c>) as query parameters.
        /// </remarks>
        /// <param name="templateId">The template, from <see cref="GetBusinessTemplatesAsync"/>.</param>
        /// <param name="options">Avatar, clothes, name, workspace; null keeps the template's.</param>
        /// <param name="cancellationToken">Stops the call; once it was sent, as an <see cref="AiStudiosException"/> whose outcome is unknown.</param>
        /// <returns>The new project's id.</returns>
        /// <exception cref="ArgumentException">The template id is empty or could reach another endpoint.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> CreateProjectFromTemplateAsync(string templateId, TemplateProjectOptions? options = null, CancellationToken cancellationToken = default)
        {
            string id = ProjectIds.CheckArgument(templateId, nameof(templateId), "template id");
            ApiRequest request = ApiRequest.Post("editor/template/" + ProjectIds.ToPathSegment(id), RequestBodies.TemplateProject(options), CallKind.CreatesProject)
                .WithQuery(RequestBodies.TemplateProjectQuery(options));
            return SendAsync(request, data => CreatedProject.Read(data, renderStarted: false), cancellationToken);
        }

        /// <summary>
        /// <c>POST /editor/template/modify</c> (Korean reference only, unlisted): a new project from a template with
        /// tag-keyed text changes (<see cref="TagUpdates"/>), rendered only when <see cref="TagModifyOptions.IsExport"/>
        /// is true. It creates a project (and may start a billable render), so it is retried only like
        /// <see cref="CreateProjectAsync"/>.
        /// </summary>
        /// <param name="templateId">The template, from <see cref="GetBusinessTemplatesAsync"/>.</param>
        /// <param name="updates">The texts to change; at least one.</param>
        /// <param name="name">The new project's name; null for the template's.</param>
        /// <param name="options">Whether to render, and the webhook.</param>
        /// <param name="cancellationToken">Stops the call; once it was sent, as an <see cref="AiStudiosException"/> whose outcome is unknown.</param>
        /// <returns>The new project's id.</returns>
        /// <exception cref="ArgumentException">The template id is empty or unsafe, or there are no updates.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> CreateProjectFromTemplateWithTagsAsync(string templateId, TagUpdates updates, string? name = null, TagModifyOptions? options = null, CancellationToken cancellationToken = default)
        {
            string id = ProjectIds.CheckArgument(templateId, nameof(templateId), "template id");
            CheckUpdates(updates);
            bool renders = options?.IsExport == true;
            return SendAsync(
                ApiRequest.Post("editor/template/modify", RequestBodies.TemplateModify(id, name, updates, options), renders ? CallKind.StartsRender : CallKind.CreatesProject),
                data => CreatedProject.Read(data, renders),
                cancellationToken);
        }

        /// <summary>
        /// <c>POST /editor/project/modify</c> (Korean reference only, unlisted): tag-keyed text changes
        /// (<see cref="TagUpdates"/>) to a stored project, rendered only when <see cref="TagModifyOptions.IsExport"/> is
        /// true. Without a render it changes the project in place (assumed, like <see cref="EditProjectAsync"/>), so it
        /// is retried like a read; with one it starts a billable render and is retried only like
        /// <see cref="CreateProjectAsync"/>.
        /// </summary>
        /// <param name="projectId">The project's id.</param>
        /// <param name="updates">The texts to change; at least one.</param>
        /// <param name="options">Whether to render, and the webhook.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The project's id as the service answers it.</returns>
        /// <exception cref="ArgumentException">The id is empty or unsafe, or there are no updates.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> ModifyProjectByTagsAsync(string projectId, TagUpdates updates, TagModifyOptions? options = null, CancellationToken cancellationToken = default)
        {
            string id = ProjectIds.CheckArgument(projectId, nameof(projectId));
            CheckUpdates(updates);
            bool renders = options?.IsExport == true;
            return SendAsync(
                ApiRequest.Post("editor/project/modify", RequestBodies.ProjectModify(id, updates, options), renders ? CallKind.StartsRender : CallKind.Repeatable),
                data => CreatedProject.Read(data, renders),
                cancellationToken);
        }

        private static void CheckUpdates(TagUpdates updates)
        {
            if (updates is null)
            {
                throw new ArgumentNullException(nameof(updates));
            }

            if (updates.Count == 0 || updates.Any(entry => entry.Value is null))
            {
                throw new ArgumentException("Give at least one tag update.", nameof(updates));
            }
        }
    }
}
