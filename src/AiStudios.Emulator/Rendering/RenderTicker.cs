using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Emulator.Storage;
using AiStudios.Emulator.Webhooks;
using Microsoft.Extensions.Hosting;

namespace AiStudios.Emulator.Rendering;

/// <summary>
/// Advances renders nobody is polling, so that webhooks fire on time. Reads advance renders themselves, so this
/// only matters for webhooks and for <see cref="EmulatorState"/>.
/// </summary>
internal sealed class RenderTicker(ProjectStore store, WebhookDispatcher webhooks, EmulatorOptions options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.TickInterval, options.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var notice in store.AdvanceAll())
                {
                    webhooks.Enqueue(notice);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }
}
