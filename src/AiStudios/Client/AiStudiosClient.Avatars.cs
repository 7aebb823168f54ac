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
        /// <exception cref="AiStudiosException">
        /// A call failed. <c>GET /model</c> is needed for the clothes: where the service no longer has it (404, 405) nothing
        /// is written (a catalog entry needs its clothes ids, which <c>GET /dropdown/models</c> does not give), and the
        /// message says so and names the account's avatar ids from <c>GET /dropdown/models</c>, to write into a catalog
        /// file by hand with their clothes.
        /// </exception>
        public virtual async Task<AvatarCatalogExport> ExportAvatarCatalogAsync(Stream destination, AvatarCatalogExportOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            ThrowIfDisposed();
            IReadOnlyList<AvatarModelInfo> models;
            try
            {
                models = await GetAvatarModelsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (AiStudiosException e) when (e.Status is 404 or 405)
            {
                throw await NoClothesListAsync(e, cancellationToken).ConfigureAwait(false);
            }

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
        /// The export's failure where the service lacks <c>GET /model</c>: an entry of the 1.5.x+ list has no clothes, and
        /// an empty catalog written in its place would only hide the problem (and replace a good file), so the error names
        /// the account's avatars instead.
        /// </summary>
        private async Task<AiStudiosException> NoClothesListAsync(AiStudiosException gone, CancellationToken cancellationToken)
        {
            string ids;
            try
            {
                IReadOnlyList<AvatarSummary> avatars = await GetAvatarsAsync(cancellationToken).ConfigureAwait(false);
                ids = avatars.Count == 0 ? "none" : string.Join(", ", avatars.Select(a => a.Id).Take(20)) + (avatars.Count > 20 ? $" and {avatars.Count - 20} more" : string.Empty);
            }
            catch (AiStudiosException)
            {
                ids = "not known either (GET /dropdown/models failed)";
            }

            return new AiStudiosException.Builder
            {
                Status = gone.Status,
                ErrorCode = gone.ErrorCode,
                CodeFromService = gone.ErrorCode is not null,
                ServiceMessage = gone.ServiceMessage,
                Endpoint = gone.Endpoint ?? "GET /model",
                RequestId = gone.RequestId,
                Summary = $"No avatar catalog was written: the service does not list avatars' clothes (GET /model answered {gone.Status}), and a catalog entry needs its clothes ids. The account's avatars (GET /dropdown/models): {ids}.",
                Advice = "Write the avatars you use into a catalog file by hand with their clothes ids (format: schema/README.md; a fetched project's avatar clip has them in model.ai_name and model.emotion), or keep using them by their ids (AIS0011 warns).",
            }.Build(gone);
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
        /// Refuses, before anything billable is sent, a project with an avatar id neither a compiled catalog nor the
        /// account knows, or clothes no compiled catalog lists that the account's avatar lacks (judged where the service
        /// lists clothes, <c>GET /model</c>). Costs requests only when the project has an avatar no compiled catalog
        /// knows in its clothes (once per client and 10 minutes). When the account cannot be asked, the project is sent
        /// as before (validation has warned).
        /// </summary>
        private async Task CheckAccountAvatarsAsync(Project project, ValidationReport report, string endpoint, CancellationToken cancellationToken)
        {
            List<UnlistedAvatar> unlisted = AccountAvatarCheck.NotInCatalog(project, AvatarCatalog.Default);
            if (unlisted.Count == 0)
            {
                return;
            }

            List<string> refused;
            try
            {
                refused = await AccountAvatarCheck.FindMissingAsync(_accountAvatars, unlisted, cancellationToken).ConfigureAwait(false);
            }
            catch (AiStudiosException e)
            {
                ClientLog.AccountAvatarsUnavailable(_logger, e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", unlisted.Select(u => u.Id).Distinct(StringComparer.Ordinal)));
                return;
            }

            if (refused.Count > 0)
            {
                throw new AiStudiosException.Builder
                {
                    Endpoint = endpoint,
                    ErrorCode = AiStudiosErrorCodes.UnknownAvatar,
                    Summary = refused.Count == 1
                        ? "The project was not sent: " + refused[0]
                        : $"The project was not sent: {refused.Count} avatars or clothes are in no avatar catalog of this build and not in the account.",
                    Details = refused.Count == 1 ? null : refused,
                    ValidationReport = report,
                }.Build();
            }
        }

        /// <summary>
        /// The account's avatars: the ids of <c>GET /dropdown/models</c> (1.5.x+) and of the legacy <c>GET /model</c>, with
        /// the clothes only <c>GET /model</c> lists. Where the service lacks the first (404, 405) the second decides
        /// alone; where the second fails while the first answered, the ids decide and clothes are not judged (the legacy
        /// call may be gone: that must not stop a project).
        /// </summary>
        private async Task<AccountAvatarList> FetchAccountAvatarsAsync(CancellationToken cancellationToken)
        {
            IReadOnlyList<AvatarSummary>? summaries = null;
            try
            {
                summaries = await GetAvatarsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (AiStudiosException e) when (e.Status is 404 or 405)
            {
            }

            IReadOnlyList<AvatarModelInfo> models;
            try
            {
                models = await GetAvatarModelsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (AiStudiosException e) when (summaries is not null)
            {
                ClientLog.AccountClothesUnavailable(_logger, e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                models = Array.Empty<AvatarModelInfo>();
            }

            List<string> ids = (summaries?.Select(s => s.Id) ?? Enumerable.Empty<string>()).Concat(models.Select(m => m.Id)).Distinct(StringComparer.Ordinal).ToList();
            var clothes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (AvatarModelInfo model in models)
            {
                if (!clothes.ContainsKey(model.Id))
                {
                    clothes.Add(model.Id, model.Clothes.Select(c => c.Id).ToList());
                }
            }

            return new AccountAvatarList(ids, clothes);
        }
    }
}
