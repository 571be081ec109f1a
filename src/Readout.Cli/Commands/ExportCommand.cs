using System.CommandLine;
using Readout.Core.Errors;
using Readout.Storage.Export;
using Readout.Storage.Queries;

namespace Readout.Cli.Commands;

/// <summary><c>readout export --format gdelt</c>: every stored event in the GDELT 2.0 event table's column layout.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var database = DatabaseOption.Create();
        var format = new Option<string>("--format") { Description = "gdelt: the GDELT 2.0 event table (61 tab-separated columns).", DefaultValueFactory = _ => "gdelt" };
        format.AcceptOnlyFromAmong("gdelt");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var header = new Option<bool>("--header") { Description = "Write the column names first (GDELT's own files have none)." };
        var command = new Command("export", "Export stored events in another tool's layout.") { database, format, output, header };
        command.SetAction(parse =>
        {
            using var store = DatabaseOption.Open(context, parse.GetValue(database)!);
            if (store is null)
            {
                return 2;
            }

            ResultTable events;
            try
            {
                events = store.ExportEvents(new EventQuery { Limit = int.MaxValue });
            }
            catch (ReadoutException error)
            {
                context.ReportError("export", error);
                return 2;
            }

            if (parse.GetValue(output) is { } path)
            {
                using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
                GdeltEventWriter.Write(events, file, parse.GetValue(header));
            }
            else
            {
                GdeltEventWriter.Write(events, context.Out, parse.GetValue(header));
            }

            return 0;
        });
        return command;
    }
}
