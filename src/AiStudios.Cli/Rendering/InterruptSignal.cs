using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace AiStudios.Cli.Rendering
{
    /// <summary>
    /// Ctrl+C (SIGINT) and SIGTERM while a command waits on the service: instead of ending the
    /// process at once, the wait is cancelled, so the command can say which project is still
    /// rendering and how to resume. A create request already sent is let finish (cancelling it
    /// would leave a billable render in an unknown state); only the waiting stops.
    /// </summary>
    internal sealed class InterruptSignal : IDisposable
    {
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();
        private readonly PosixSignalRegistration[] _registrations;
        private int _exitCode;

        public InterruptSignal()
        {
            _registrations = new[]
            {
                PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Interrupt(context, ExitCodes.Interrupted)),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Interrupt(context, ExitCodes.Terminated)),
            };
        }

        /// <summary>Cancelled when a signal arrived.</summary>
        public CancellationToken Token => _cancel.Token;

        public bool Interrupted => _cancel.IsCancellationRequested;

        /// <summary>130 after SIGINT, 143 after SIGTERM.</summary>
        public int ExitCode => Volatile.Read(ref _exitCode);

        public void Dispose()
        {
            foreach (PosixSignalRegistration registration in _registrations)
            {
                registration.Dispose();
            }

            _cancel.Dispose();
        }

        private void Interrupt(PosixSignalContext context, int exitCode)
        {
            // Handled here: the process ends when the command has reported, not now.
            context.Cancel = true;
            Interlocked.CompareExchange(ref _exitCode, exitCode, 0);
            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The command already finished.
            }
        }
    }
}
