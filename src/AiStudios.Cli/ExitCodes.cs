namespace AiStudios.Cli
{
    /// <summary>The exit codes of every command (README: The command line; <c>aistudios --help</c>).</summary>
    internal static class ExitCodes
    {
        /// <summary>Done; for validate: no problem of error severity.</summary>
        public const int Success = 0;

        /// <summary>The project has errors (validate, preview, render), or the service answered with an error.</summary>
        public const int Problems = 1;

        /// <summary>The command line is wrong, or a file cannot be read or written.</summary>
        public const int Usage = 2;

        /// <summary>No key, or the service refused it.</summary>
        public const int Authentication = 3;

        /// <summary>The render did not finish within --timeout, made no progress for --stall-timeout, or never left the service's queue; it may still finish.</summary>
        public const int TimedOut = 4;

        /// <summary>The service reports the render as failed.</summary>
        public const int RenderFailed = 5;

        /// <summary>Interrupted (Ctrl+C, SIGINT) while waiting; the render goes on.</summary>
        public const int Interrupted = 130;

        /// <summary>Stopped by SIGTERM while waiting; the render goes on.</summary>
        public const int Terminated = 143;

        /// <summary>The table printed by --help.</summary>
        public const string Help =
            "Exit codes: 0 done (validate: no errors); 1 the project has errors or the service answered with an error; "
            + "2 usage or file I/O error; 3 authentication (no key, or refused); 4 render timed out or stalled; "
            + "5 render failed; 130 interrupted while waiting (the render goes on; resume with: aistudios wait <projectId>). "
            + "batch: 0 every row done; 1 rows with errors (nothing sent); 4 items not finished or with an unknown outcome; 5 renders failed; 130 interrupted (run the same command again).";
    }
}
