using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Checks;
using AiStudios.Client.Http;

namespace AiStudios
{
    public partial class AiStudiosClient
    {
        /// <summary>
        /// <c>POST /editor/project/pptpdf</c>: a new project from a PDF or PowerPoint file, one scene per slide, not
        /// rendered (render it with <see cref="ExportProjectAsync"/>; whether the conversion is finished when the call
        /// returns is not documented). Sent as <c>multipart/form-data</c> with a <c>file</c> part. It creates a project,
        /// so it is retried only like <see cref="CreateProjectAsync"/>; the file is read into memory first, so that a
        /// send the service provably refused (429, 401) can be made again.
        /// </summary>
        /// <param name="content">The file's bytes, read from its current position to the end; not closed.</param>
        /// <param name="fileName">The file's name, ending in <c>.pdf</c>, <c>.pptx</c> or <c>.ppt</c> (it sets the part's content type).</param>
        /// <param name="options">The project's name and workspace; null for the service's defaults.</param>
        /// <param name="cancellationToken">Stops the call; once it was sent, as an <see cref="AiStudiosException"/> whose outcome is unknown.</param>
        /// <returns>The new project's id.</returns>
        /// <exception cref="ArgumentException">The file name is empty, holds a control character or a quote, or is not a .pdf, .pptx or .ppt file.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual async Task<CreatedProject> ImportPresentationAsync(Stream content, string fileName, PresentationImportOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (content is null)
            {
                throw new ArgumentNullException(nameof(content));
            }

            string name = CheckPresentationName(fileName, nameof(fileName), out string mediaType);
            ThrowIfDisposed();
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            return await SendPresentationAsync(buffer.ToArray(), name, mediaType, options, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// <c>POST /editor/project/pptpdf</c> with a file on disk; see <see cref="ImportPresentationAsync"/>.
        /// </summary>
        /// <param name="path">The file, ending in <c>.pdf</c>, <c>.pptx</c> or <c>.ppt</c>.</param>
        /// <param name="options">The project's name and workspace; null for the service's defaults.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The new project's id.</returns>
        /// <exception cref="ArgumentException">The path is empty or not a .pdf, .pptx or .ppt file.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual async Task<CreatedProject> ImportPresentationFromFileAsync(string path, PresentationImportOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("Name the file to import.", nameof(path));
            }

            string name = CheckPresentationName(Path.GetFileName(path), nameof(path), out string mediaType);
            ThrowIfDisposed();
            byte[] bytes;
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            using (var buffer = new MemoryStream())
            {
                await file.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
                bytes = buffer.ToArray();
            }

            return await SendPresentationAsync(bytes, name, mediaType, options, cancellationToken).ConfigureAwait(false);
        }

        private Task<CreatedProject> SendPresentationAsync(byte[] bytes, string fileName, string mediaType, PresentationImportOptions? options, CancellationToken cancellationToken)
        {
            string? name = options?.Name;
            string? workspace = options?.WorkspaceId;

            // A new form for every try: a sent HttpContent cannot be sent again.
            HttpContent Form()
            {
                var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
                form.Add(file, "file", fileName);
                if (name is not null)
                {
                    form.Add(new StringContent(name), "name");
                }

                if (workspace is not null)
                {
                    form.Add(new StringContent(workspace), "workspaceId");
                }

                return form;
            }

            return SendAsync(ApiRequest.Post("editor/project/pptpdf", Form, CallKind.CreatesProject), data => CreatedProject.Read(data, renderStarted: false), cancellationToken);
        }

        /// <summary>The name as the part's <c>filename</c>, and the content type its extension gives.</summary>
        private static string CheckPresentationName(string? fileName, string parameterName, out string mediaType)
        {
            string name = fileName ?? string.Empty;
            int slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
            name = name.Substring(slash + 1);
            if (name.Trim().Length == 0)
            {
                throw new ArgumentException("Name the file (e.g. slides.pptx): its extension tells the service what it is.", parameterName);
            }

            foreach (char c in name)
            {
                if (EchoText.IsControl(c) || c == '"')
                {
                    throw new ArgumentException("The file name holds a control character or a quote, which a multipart header cannot carry; rename it.", parameterName);
                }
            }

            string extension = Path.GetExtension(name).ToLowerInvariant();
            mediaType = extension switch
            {
                ".pdf" => "application/pdf",
                ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                ".ppt" => "application/vnd.ms-powerpoint",
                _ => throw new ArgumentException($"The file \"{EchoText.Cap(name, 60)}\" is not a .pdf, .pptx or .ppt file, the kinds the service converts.", parameterName),
            };
            return name;
        }
    }
}
