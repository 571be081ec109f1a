using System.CommandLine;
using Readout.Core.Errors;
using Readout.Storage.Export;
using Readout.Storage.Queries;

namespace Readout.Cli.Commands;

/// <summary><c>readout export --format gdelt</c>: every stored event in the GDELT 2.0 event table's column layout.</summary>
internal static class ExportCommand
{
    private const int PageSize = 50_000;

    public static Command Create(CliContext context)
    {
        var database = DatabaseOption.Create();
        var format = new Option<string>("--format") { Description = "gdelt: the GDELT 2.0 event table (61 tab-separated columns).", DefaultValueFactory = _ => "gdelt" };
        format.AcceptOnlyFromAmong("gdelt");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var headerOption = new Option<bool>("--header") { Description = "Write the column names first (GDELT's own files have none)." };
        var command = new Command("export", "Export stored events in another tool's layout.") { database, format, output, headerOption };
        command.SetAction(parse =>
        {
            using var store = DatabaseOption.Open(context, parse.GetValue(database)!);
            if (store is null)
            {
                return 2;
            }

            TextWriter? file = parse.GetValue(output) is { } path ? new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) : null;
            try
            {
                // In pages, so a database of millions of events is never held in memory at once.
                var page = new EventQuery { Limit = PageSize };
                var afterId = 0L;
                var header = parse.GetValue(headerOption);
                while (true)
                {
                    var events = store.ExportEvents(page, afterId);
                    GdeltEventWriter.Write(events, file ?? context.Out, header);
                    header = false;
                    if (events.Rows.Count < PageSize)
                    {
                        break;
                    }

                    afterId = (long)events.Rows[^1][0]!;
                }
            }
            catch (ReadoutException error)
            {
                context.ReportError("export", error);
                return 2;
            }
            finally
            {
                file?.Dispose();
            }

            return 0;
        });
        return command;
    }
}
