using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Completion
{
    /// <summary>
    /// Follows each render with the SDK's render operation (<see cref="RenderOperation.WaitForCompletionAsync(RenderWaitOptions, IProgress{RenderProgress}, CancellationToken)"/>):
    /// polls <c>GET /editor/progress/{id}</c> with the given <see cref="RenderWaitOptions"/> (every 3 s by default, as
    /// the service's samples poll).
    /// </summary>
    public sealed class PollingCompletionSource : IRenderCompletionSource
    {
        private readonly AiStudiosClient _client;
        private readonly RenderWaitOptions? _options;

        /// <summary>Creates the source.</summary>
        /// <param name="client">The client.</param>
        /// <param name="options">Poll delays and timeouts; null for the SDK's defaults.</param>
        public PollingCompletionSource(AiStudiosClient client, RenderWaitOptions? options = null)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _options = options;
        }

        /// <inheritdoc />
        public async Task<RenderCompletion> WaitAsync(BatchItem item, IProgress<double> progress, CancellationToken cancellationToken)
        {
            if (item?.ProjectId is not string projectId)
            {
                throw new ArgumentException("The item has no project id yet.", nameof(item));
            }

            var relay = new Relay(progress);
            try
            {
                RenderResult result = await _client.GetRenderOperation(projectId)
                    .WaitForCompletionAsync(_options, relay, cancellationToken)
                    .ConfigureAwait(false);
                return RenderCompletion.Succeeded(result.DownloadUrl.AbsoluteUri);
            }
            catch (AiStudiosException e) when (e.ErrorCode == AiStudiosErrorCodes.RenderFailed || e.ErrorCode == "RENDER_FAILED")
            {
                return RenderCompletion.Failed(e.Message);
            }
            catch (AiStudiosException e)
            {
                // Timed out, stalled, or polling failed after its retries: the render itself may finish.
                return RenderCompletion.Unfinished(e.Message);
            }
        }

        /// <summary>Passes readings on at once, on the polling thread (no synchronization context hop, unlike <see cref="Progress{T}"/>).</summary>
        private sealed class Relay : IProgress<RenderProgress>
        {
            private readonly IProgress<double> _inner;

            public Relay(IProgress<double> inner)
            {
                _inner = inner;
            }

            public void Report(RenderProgress value) => _inner.Report(value.Percent);
        }
    }
}
