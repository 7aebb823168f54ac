using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace AiStudios.Emulator.Hosting;

/// <summary>
/// Replaces the console lifetime: an emulator started inside a test process must not hook that process's Ctrl+C
/// or SIGTERM. The command line handles those itself and disposes the server.
/// </summary>
internal sealed class NoopHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
