using System;
using System.Globalization;

namespace AiStudios.Cli.Rendering
{
    /// <summary>
    /// The message of a wait that stopped without an outcome (stalled, timed out, never left the queue): what is known,
    /// which is only that the service reported neither done nor failed, and how to look again. It never advises a new
    /// render outright: the render may still finish, and a new one is billed again.
    /// </summary>
    internal static class StoppedWait
    {
        public static bool Matches(AiStudiosException e) =>
            e.ErrorCode is AiStudiosErrorCodes.RenderStalled or AiStudiosErrorCodes.RenderTimedOut or AiStudiosErrorCodes.RenderQueueTimedOut;

        public static string Describe(string? errorCode, string projectId, RenderWaitOptions options, RenderProgress? last)
        {
            string at = last is null ? "before its first progress reading" : "at " + Percent(last) + " %";
            string what = errorCode switch
            {
                AiStudiosErrorCodes.RenderStalled =>
                    $"the render of project {projectId} made no progress for {Duration(options.StallTimeout)} (--stall-timeout); it is still {at}.",
                AiStudiosErrorCodes.RenderQueueTimedOut =>
                    $"the render of project {projectId} did not start within {Duration(options.QueueTimeout)}: its progress stayed at 0 %, as while it waits in the service's queue behind other renders.",
                _ =>
                    $"the render of project {projectId} did not finish within {Duration(options.Timeout)} (--timeout); it was {at}.",
            };
            return what
                + " It may still be running, or it may have failed; waiting stopped and nothing was cancelled."
                + $" Check it with: aistudios wait {projectId}"
                + " (start a new render only once this one has really failed: it is billed again).";
        }

        private static string Percent(RenderProgress progress) =>
            Math.Max(0, Math.Min(100, progress.Percent)).ToString("0.#", CultureInfo.InvariantCulture);

        private static string Duration(TimeSpan? time)
        {
            if (time is not TimeSpan t)
            {
                return "the time allowed";
            }

            return t.TotalSeconds < 120 ? t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s"
                : t.TotalMinutes < 120 ? t.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) + " min"
                : t.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h";
        }
    }
}
