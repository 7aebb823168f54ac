using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Http;
using AiStudios.Client.Models;

namespace AiStudios
{
    public partial class AiStudiosClient
    {
        /// <summary>
        /// <c>POST /simple/audio</c>: a text spoken in an avatar's voice, answered at once as an audio file (no project,
        /// no progress, no webhook). The call may be billed and its answer is the only way to the file, so it is sent
        /// again only when the service provably did not act on it (see <see cref="CreateProjectAsync"/>); an unknown
        /// outcome is reported with <see cref="AiStudiosException.IsOutcomeUnknown"/>.
        /// </summary>
        /// <param name="request">The avatar, language and text.</param>
        /// <param name="cancellationToken">Stops the call; once it was sent, as an <see cref="AiStudiosException"/> whose outcome is unknown.</param>
        /// <returns>The file's name and URL; fetch it with <see cref="DownloadAsync"/>.</returns>
        /// <exception cref="ArgumentException">A field of <paramref name="request"/> is empty.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<SimpleAudio> CreateSimpleAudioAsync(SimpleAudioRequest request, CancellationToken cancellationToken = default)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            CheckText(request.Language, "request.Language");
            CheckText(request.Text, "request.Text");
            CheckText(request.Model, "request.Model");
            return SendAsync(
                ApiRequest.Post("simple/audio", RequestBodies.SimpleAudio(request), CallKind.Billable),
                data => SimpleAudio.Read(data, _baseAddress),
                cancellationToken);
        }

        /// <summary>
        /// <c>POST /simple/custom</c> (1.5.x+): a custom avatar speaking a text, rendered unless
        /// <see cref="CustomVideoRequest.IsExport"/> is false (the service's default for this call is to render; the
        /// client sends the value either way). It creates a project and, by default, starts a billable render, so it
        /// is retried only like <see cref="CreateProjectAsync"/>. Wait for the render with
        /// <see cref="WaitForRenderAsync"/> and the returned project id.
        /// </summary>
        /// <param name="request">The avatar, language and text.</param>
        /// <param name="cancellationToken">Stops the call; once it was sent, as an <see cref="AiStudiosException"/> whose outcome is unknown.</param>
        /// <returns>The new project's id, and the <c>taskId</c> the service answers with it.</returns>
        /// <exception cref="ArgumentException">A field of <paramref name="request"/> is empty.</exception>
        /// <exception cref="AiStudiosException">The call failed.</exception>
        public virtual Task<CreatedProject> CreateCustomVideoAsync(CustomVideoRequest request, CancellationToken cancellationToken = default)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            CheckText(request.Language, "request.Language");
            CheckText(request.Text, "request.Text");
            CheckText(request.Model, "request.Model");
            bool renders = request.IsExport != false;
            return SendAsync(
                ApiRequest.Post("simple/custom", RequestBodies.SimpleCustom(request), renders ? CallKind.StartsRender : CallKind.CreatesProject),
                data => CreatedProject.ReadWithTask(data, renders),
                cancellationToken);
        }
    }
}
