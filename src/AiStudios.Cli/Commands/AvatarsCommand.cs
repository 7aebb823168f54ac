using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Cli.Avatars;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary><c>aistudios avatars list|export</c>: the avatars of the account, as a table or as a catalog file for the generator.</summary>
    internal static class AvatarsCommand
    {
        public static Command Create(CliConsole console)
        {
            var command = new Command("avatars", "The avatars of the account: list them, or export them as an avatar catalog file the generator turns into typed constants.");
            command.Subcommands.Add(List(console));
            command.Subcommands.Add(Export(console));
            return command;
        }

        private static Command List(CliConsole console)
        {
            var format = new Option<string>("--format", "-f") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var connection = new ConnectionOptions();
            var command = new Command("list", "List the account's avatars (GET /dropdown/models and GET /model): id, label, type and clothes.") { format };
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, async () =>
            {
                await using ClientSession session = await ClientSession.OpenAsync(connection.Read(result), CancellationToken.None);
                (IReadOnlyList<AccountAvatar> avatars, bool clothesKnown) = await AccountAvatarList.ReadAsync(session.Client, CancellationToken.None);
                if (result.GetValue(format) == "json")
                {
                    WriteJson(console, avatars);
                }
                else
                {
                    WriteTable(console, avatars);
                }

                if (!clothesKnown)
                {
                    console.Note("The service has no GET /model, so the clothes are not listed.");
                }

                return ExitCodes.Success;
            }));
            return command;
        }

        private static Command Export(CliConsole console)
        {
            var output = new Option<string?>("--output", "-o")
            {
                Description = "The catalog file to write, e.g. my.avatars.json (written to a temporary file, then moved over). Default: standard output.",
                HelpName = "file",
            };
            var force = new Option<bool>("--force") { Description = "Replace the --output file when it exists." };
            var withGeometryOnly = new Option<bool>("--only-clothes-with-geometry")
            {
                Description = "Leave out clothes whose image size, placement and drawing metadata no catalog of this build knows (the service lists none). By default they are written by their ids and the builder gives them the stand-in's geometry.",
            };
            var ns = new Option<string?>("--namespace") { Description = "The namespace of the generated Avatars class. Default: the project's root namespace.", HelpName = "name" };
            var className = new Option<string?>("--class-name") { Description = "The name of the generated class. Default: Avatars.", HelpName = "name" };
            var connection = new ConnectionOptions();
            var command = new Command(
                "export",
                "Write the account's avatars as an avatar catalog file (the format of schema/README.md): put it into a project as *.avatars.json and the generator makes typed constants of it. What is left out is said on standard error.")
            {
                output,
                force,
                withGeometryOnly,
                ns,
                className,
            };
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, async () =>
            {
                var options = new AvatarCatalogExportOptions
                {
                    Namespace = Identifier(result.GetValue(ns), "--namespace", dotted: true),
                    ClassName = Identifier(result.GetValue(className), "--class-name", dotted: false),
                    IncludeClothesWithoutGeometry = !result.GetValue(withGeometryOnly),
                };
                string? file = result.GetValue(output);
                bool overwrite = result.GetValue(force);
                if (file is not null)
                {
                    // Before the service is asked: a refused target costs no request.
                    CatalogFile.CheckWritable(file, overwrite);
                }

                await using ClientSession session = await ClientSession.OpenAsync(connection.Read(result), CancellationToken.None);
                AvatarCatalogExport written;
                if (file is null)
                {
                    using var buffer = new MemoryStream();
                    written = await session.Client.ExportAvatarCatalogAsync(buffer, options);
                    console.Out.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                }
                else
                {
                    written = await CatalogFile.WriteAsync(file, overwrite, stream => session.Client.ExportAvatarCatalogAsync(stream, options));
                    console.Line($"Wrote {Count(written.AvatarIds.Count, "avatar")} to {file}: {DisplayText.List(written.AvatarIds)}");
                }

                ReportLeftOut(console, written, options.IncludeClothesWithoutGeometry);
                return ExitCodes.Success;
            }));
            return command;
        }

        /// <summary>What the export left out (or wrote without geometry), as the SDK's result says, on standard error.</summary>
        private static void ReportLeftOut(CliConsole console, AvatarCatalogExport written, bool includedWithoutGeometry)
        {
            if (written.ClothesWithoutGeometry.Count > 0)
            {
                console.Note(includedWithoutGeometry
                    ? $"Wrote {Count(written.ClothesWithoutGeometry.Count, "clothes entry", "clothes entries")} without image size, placement and drawing metadata (no catalog of this build knows them, and the service lists none): {DisplayText.List(written.ClothesWithoutGeometry)}. The builder gives them the stand-in's size and placement; set Size/Position, or add the geometry to the entry, for exact placement."
                    : $"Left out {Count(written.ClothesWithoutGeometry.Count, "clothes entry", "clothes entries")} without image size, placement and drawing metadata (--only-clothes-with-geometry): {DisplayText.List(written.ClothesWithoutGeometry)}.");
            }

            if (written.SkippedAvatarIds.Count > 0)
            {
                console.Note($"Left out {Count(written.SkippedAvatarIds.Count, "avatar")} with no clothes that could be written: {DisplayText.List(written.SkippedAvatarIds)}.");
            }

            if (written.AvatarIds.Count == 0)
            {
                console.Note("The catalog lists no avatar.");
            }
        }

        private static void WriteTable(CliConsole console, IReadOnlyList<AccountAvatar> avatars)
        {
            string[] header = { "id", "label", "type", "clothes" };
            List<string[]> rows = avatars.Select(a => new[]
            {
                DisplayText.Of(a.Id, 40),
                DisplayText.Of(a.Label, 40),
                DisplayText.Of(a.Type, 20),
                a.Clothes is null ? "?" : string.Join(", ", a.Clothes.Select(c => DisplayText.Of(c.Id, 40))),
            }).ToList();
            TableOutput.Write(console, header, rows);
            console.Note(Count(avatars.Count, "avatar") + ".");
        }

        private static void WriteJson(CliConsole console, IReadOnlyList<AccountAvatar> avatars) => JsonOutput.Write(console, json =>
        {
            json.WriteStartArray();
            foreach (AccountAvatar avatar in avatars)
            {
                json.WriteStartObject();
                json.WriteString("id", avatar.Id);
                json.WriteString("label", avatar.Label);
                json.WriteString("type", avatar.Type);
                if (avatar.Clothes is null)
                {
                    json.WriteNull("clothes");
                }
                else
                {
                    json.WriteStartArray("clothes");
                    foreach (AvatarClothesInfo clothes in avatar.Clothes)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", clothes.Id);
                        json.WriteString("label", clothes.Label?.ToString());
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

        /// <summary>A C# name as the generator needs it (letters, digits and underscores; dotted for a namespace), or a usage error.</summary>
        private static string? Identifier(string? value, string option, bool dotted)
        {
            if (value is null)
            {
                return null;
            }

            string[] parts = dotted ? value.Split('.') : new[] { value };
            bool valid = parts.All(part => part.Length > 0
                && (char.IsLetter(part[0]) || part[0] == '_')
                && part.All(c => char.IsLetterOrDigit(c) || c == '_'));
            return valid ? value : throw new CliException(ExitCodes.Usage, $"{option} '{DisplayText.Of(value, 80)}' is not a C# {(dotted ? "namespace" : "class name")}.");
        }

        private static string Count(int count, string one, string? many = null) =>
            count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many ?? one + "s");
    }
}
