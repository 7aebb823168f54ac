using System;
using System.Threading.Tasks;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary>Runs a command's body: a <see cref="CliException"/> becomes its one line on standard error and its exit code.</summary>
    internal static class CommandRunner
    {
        public static async Task<int> RunAsync(CliConsole console, Func<Task<int>> body)
        {
            try
            {
                return await body();
            }
            catch (CliException e)
            {
                console.Fail(e.Message);
                return e.ExitCode;
            }
            catch (AiStudiosException e)
            {
                CliException reported = Connection.ServiceErrors.ToCliException(e);
                console.Fail(reported.Message);
                return reported.ExitCode;
            }
        }
    }
}
