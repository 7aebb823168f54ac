using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiStudios.Client.Tests.Infrastructure;

/// <summary>
/// The message of a wait that stopped without an outcome (stalled, timed out): a stalled render may still finish and
/// a new one is billed again, so it must name the project, say what is known and how to check, and never advise a
/// new render except once the render has really failed.
/// </summary>
public static class StoppedWaitMessage
{
    public static void AssertAdvisesCheckingNotRenderingAgain(AiStudiosException error, string projectId)
    {
        string message = error.Message;
        Assert.Contains("project " + projectId, message, StringComparison.Ordinal);
        Assert.Contains("may still be running, or it may have failed", message, StringComparison.Ordinal);
        Assert.Contains($"GetProgressAsync(\"{projectId}\")", message, StringComparison.Ordinal);
        Assert.Contains($"WaitForRenderAsync(\"{projectId}\")", message, StringComparison.Ordinal);
        Assert.DoesNotContain("render the project again", message, StringComparison.OrdinalIgnoreCase);

        // Every clause that says "again" either waits again or makes a new render depend on a real failure.
        string[] again = Regex.Matches(message, @"[^.;:]*\bagain\b[^.;:]*").Select(m => m.Value.Trim()).ToArray();
        Assert.NotEmpty(again);
        Assert.All(again, clause => Assert.True(
            clause.Contains("wait again", StringComparison.Ordinal) || clause.Contains("only once it has really failed", StringComparison.Ordinal),
            $"advises more than waiting: '{clause}' in: {message}"));
    }
}
