using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Avatars;
using AiStudios.Client.Http;
using AiStudios.Validation;

namespace AiStudios
{
    public partial class AiStudiosClient
    {
        /// <summary>
        /// Writes the account's avatars as an avatar catalog file (the format of <c>schema/README.md</c>): put it into
        /// your project as <c>avatars.json</c> or <c>*.avatars.json</c> and the generator makes typed constants of them
        /// (<c>Avatars.M000320746.BG00007030</c>). The avatars and their clothes come from <c>GET /model</c>, labels
        /// and types from <c>GET /dropdown/models</c>. The service gives no image size, placement or drawing metadata,
        /// so an entry carries them only when a compiled catalog (<see cref="AvatarCatalog.Default"/>) knows that
        /// avatar in those clothes; the others are written by their ids (the format makes the rest optional) unless
        /// <see cref="AvatarCatalogExportOptions.IncludeClothesWithoutGeometry"/> is false.
        /// </summary>
        /// <param name="destination">Where the UTF-8 JSON goes; not closed.</param>
        /// <param name="options">The generated class's namespace and name; null for the project's root namespace and <c>Avatars</c>.</param>
        /// <param name="cancellationToken">Stops the calls.</param>
        /// <returns>What was written, and what was left out.</returns>
        /// <exception cref="AiStudiosException">A call failed (<c>GET /model</c> is needed for the clothes).</exception>
        public virtual async Task<AvatarCatalogExport> ExportAvatarCatalogAsync(Stream destination, AvatarCatalogExportOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            ThrowIfDisposed();
            IReadOnlyList<AvatarModelInfo> models = await GetAvatarModelsAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyList<AvatarSummary> summaries;
            try
            {
                summaries = await GetAvatarsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (AiStudiosException e) when (e.Status is 404 or 405)
            {
                // An older service without /dropdown/models: /model alone says enough.
                summaries = Array.Empty<AvatarSummary>();
            }

            return await AvatarCatalogExporter.WriteAsync(destination, models, summaries, AvatarCatalog.Default, options, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Saves the account's avatars as an avatar catalog file (see <see cref="ExportAvatarCatalogAsync"/>); the file is
        /// written whole or not at all (an existing one is replaced only once the new one is complete).
        /// </summary>
        /// <param name="path">The file, e.g. <c>account.avatars.json</c> in your project folder; missing folders are created.</param>
        /// <param name="options">The generated class's namespace and name.</param>
        /// <param name="cancellationToken">Stops the calls.</param>
        /// <returns>What was written.</returns>
        /// <exception cref="AiStudiosException">A call failed.</exception>
        public virtual async Task<AvatarCatalogExport> ExportAvatarCatalogToFileAsync(string path, AvatarCatalogExportOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("Name the catalog file, e.g. account.avatars.json.", nameof(path));
            }

            ThrowIfDisposed();
            return await Client.Files.AtomicFile.WriteAsync(path, 4096, file => ExportAvatarCatalogAsync(file, options, cancellationToken)).ConfigureAwait(false);
        }

        /// <summary>
        /// Refuses, before anything billable is sent, a project whose avatar ids neither a compiled catalog nor the
        /// account knows. Costs a request only when the project has an id no compiled catalog knows (once per client and
        /// 10 minutes). When the account cannot be asked, the project is sent as before (validation has warned).
        /// </summary>
        private async Task CheckAccountAvatarsAsync(Project project, ValidationReport report, string endpoint, CancellationToken cancellationToken)
        {
            List<UnknownAvatar> unknown = AccountAvatarCheck.NotInCatalog(project, AvatarCatalog.Default);
            if (unknown.Count == 0)
            {
                return;
            }

            List<UnknownAvatar> missing;
            IReadOnlyList<string> account;
            try
            {
                (missing, account) = await AccountAvatarCheck.FindMissingAsync(_accountAvatars, unknown, cancellationToken).ConfigureAwait(false);
            }
            catch (AiStudiosException e)
            {
                ClientLog.AccountAvatarsUnavailable(_logger, e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", unknown.Select(u => u.Id)));
                return;
            }

            if (missing.Count > 0)
            {
                List<string> details = AccountAvatarCheck.Describe(missing, account);
                throw new AiStudiosException.Builder
                {
                    Endpoint = endpoint,
                    ErrorCode = AiStudiosErrorCodes.UnknownAvatar,
                    Summary = missing.Count == 1
                        ? "The project was not sent: " + details[0]
                        : $"The project was not sent: {missing.Count} avatar ids are in no avatar catalog of this build and not in the account.",
                    Details = missing.Count == 1 ? null : details,
                    ValidationReport = report,
                }.Build();
            }
        }

        /// <summary>The account's avatar ids: <c>GET /dropdown/models</c>, or <c>GET /model</c> where the service lacks it.</summary>
        private async Task<IReadOnlyList<string>> FetchAccountAvatarIdsAsync(CancellationToken cancellationToken)
        {
            try
            {
                return (await GetAvatarsAsync(cancellationToken).ConfigureAwait(false)).Select(avatar => avatar.Id).ToList();
            }
            catch (AiStudiosException e) when (e.Status is 404 or 405)
            {
                return (await GetAvatarModelsAsync(cancellationToken).ConfigureAwait(false)).Select(model => model.Id).ToList();
            }
        }
    }
}
