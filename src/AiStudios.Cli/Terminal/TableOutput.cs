using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace AiStudios.Cli.Terminal
{
    /// <summary>
    /// A table on standard output: a Spectre.Console table on a terminal; redirected, a header line and one line per
    /// row with the columns padded by two spaces, so scripts can cut and grep them.
    /// </summary>
    internal static class TableOutput
    {
        public static void Write(CliConsole console, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
        {
            if (console.Ansi is IAnsiConsole ansi)
            {
                var table = new Table().Border(TableBorder.Rounded);
                foreach (string column in header)
                {
                    table.AddColumn(new TableColumn(new Text(column)));
                }

                foreach (string[] row in rows)
                {
                    // Text, not markup: a value from the service is never read as Spectre markup.
                    table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
                }

                ansi.Write(table);
                return;
            }

            int[] widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
            console.Line(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
            foreach (string[] row in rows)
            {
                console.Line(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
            }
        }
    }
}
