using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Http;
using AiStudios.Client.Models;

namespace AiStudios
{
    public partial class AiStudiosClient
    {
        /// <summary>
        /// <c>GET /dropdown/models</c> (1.5.x+): the avatars of the account, each with its <c>avatarType</c>. It lists no
        /// clothes; <see cref="GetAvatarModelsAsync"/> (<c>GET /model</c>) does.
        /// </summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The avatars.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<AvatarSummary>> GetAvatarsAsync(CancellationToken cancellationToken = default) =>
            SendAsync(ApiRequest.Get("dropdown/models"), AvatarSummary.ReadList, cancellationToken);

        /// <summary>
        /// <c>GET /dropdown/templates_business</c>: the business templates, whose ids
        /// <see cref="CreateProjectFromTemplateAsync"/> and <see cref="CreateProjectFromTemplateWithTagsAsync"/> take.
        /// The reference's page for it exists but is hidden from its sidebar.
        /// </summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The templates.</returns>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<TemplateSummary>> GetBusinessTemplatesAsync(CancellationToken cancellationToken = default) =>
            SendAsync(ApiRequest.Get("dropdown/templates_business"), TemplateSummary.ReadList, cancellationToken);

        /// <summary>
        /// <c>/dropdown/templates_automation</c>: the templates of the automation family (docs, topic, url or scripts to
        /// video; that family is not covered by this SDK) of one category, each with its id, name and thumbnail.
        /// </summary>
        /// <remarks>
        /// The reference does not say which method the call takes or where its fields go; every official sample POSTs
        /// them as query parameters, so the client does that, and sends the same fields as a JSON body too (as for
        /// <see cref="CreateProjectFromTemplateAsync"/>). It changes nothing, so it is retried like a read.
        /// </remarks>
        /// <param name="category"><c>category</c>: <c>business</c> or <c>education</c> for docs-to-video; <c>social</c>,
        /// <c>business</c> or <c>education</c> for topic, url and scripts to video. Sent as given.</param>
        /// <param name="options">Orientation and file background; null for the service's defaults.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The templates.</returns>
        /// <exception cref="ArgumentException">The category is empty.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<IReadOnlyList<AutomationTemplate>> GetAutomationTemplatesAsync(string category, AutomationTemplateOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(category))
            {
                throw new ArgumentException("Give a category: business, education or social.", nameof(category));
            }

            ApiRequest request = ApiRequest.Post("dropdown/templates_automation", RequestBodies.AutomationTemplates(category, options), CallKind.Repeatable)
                .WithQuery(RequestBodies.AutomationTemplatesQuery(category, options));
            return SendAsync(request, data => AutomationTemplate.ReadList(data, _baseAddress), cancellationToken);
        }
    }
}
