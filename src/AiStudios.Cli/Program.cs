// The `aistudios` tool. Commands live in Commands/, the project file checks in Checking/, the
// report formats in Reports/, credentials and the client in Connection/, waiting in Rendering/.
return await AiStudios.Cli.CliApp.RunAsync(args, AiStudios.Cli.Terminal.CliConsole.ForProcess());
