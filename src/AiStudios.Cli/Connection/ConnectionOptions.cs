using System.CommandLine;

namespace AiStudios.Cli.Connection
{
    /// <summary>The options of every command that talks to the service.</summary>
    internal sealed class ConnectionOptions
    {
        public Option<string?> BaseUrl { get; } = new Option<string?>("--base-url")
        {
            Description = "The API to use: a URL (a bare host gets /api/odin/v3/), 'global' or 'china'. Default: AiStudios:BaseAddress or AISTUDIOS_BASEADDRESS, else global.",
            HelpName = "url",
        };

        public Option<bool> Emulator { get; } = new Option<bool>("--emulator")
        {
            Description = "Use a local emulator of the service, started in this process on 127.0.0.1 (no key needed, nothing billed; renders take 2 s).",
        };

        public Option<string?> Config { get; } = new Option<string?>("--config")
        {
            Description = "A JSON settings file with an \"AiStudios\" section (AppId, UserKey, BaseAddress). Default: ~/.config/aistudios/config.json when it exists.",
            HelpName = "file",
        };

        public void AddTo(Command command)
        {
            command.Options.Add(BaseUrl);
            command.Options.Add(Emulator);
            command.Options.Add(Config);
        }

        public ConnectionSettings Read(ParseResult result) =>
            new ConnectionSettings(result.GetValue(BaseUrl), result.GetValue(Emulator), result.GetValue(Config));
    }

    /// <summary>The connection options as given.</summary>
    internal sealed record ConnectionSettings(string? BaseUrl, bool UseEmulator, string? ConfigFile);
}
