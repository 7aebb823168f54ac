using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Http;

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
    }
}
