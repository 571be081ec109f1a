using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Readout.Cli.Output;
using Readout.Core.Errors;
using Readout.Storage;
using Readout.Storage.Queries;

namespace Readout.Cli.Commands;

/// <summary><c>readout query events|quotes|entities|documents</c>: asks the database, prints a table or writes CSV, JSON Lines or Parquet.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("query", "Query an ingested database: events, quotes, entities, documents.");
        command.Subcommands.Add(Events(context));
        command.Subcommands.Add(Quotes(context));
        command.Subcommands.Add(Entities(context));
        command.Subcommands.Add(Documents(context));
        command.Subcommands.Add(Stats(context));
        return command;
    }

    private static Command Events(CliContext context)
    {
        var common = new CommonOptions();
        var actor = new Option<string?>("--actor") { Description = "Either participant: a CAMEO code or prefix (IRN, USAGOV), a country or a name." };
        var source = new Option<string?>("--source") { Description = "The actor who acted." };
        var target = new Option<string?>("--target") { Description = "The actor acted upon." };
        var dyad = new Option<string?>("--dyad") { Description = "Two actors, A,B: events between them in either direction (see --directed)." };
        var directed = new Option<bool>("--directed") { Description = "Only source → target." };
        var cameo = new Option<string?>("--cameo") { Description = "A CAMEO code or prefix (04 = consult)." };
        var plover = new Option<string?>("--plover") { Description = "A PLOVER type (CONSULT, THREATEN…)." };
        var country = new Option<string?>("--country") { Description = "A participant's or the location's country (ISO alpha-3)." };
        var by = new Option<string?>("--by") { Description = "Summarise per day, month or year and dyad." };
        by.AcceptOnlyFromAmong("day", "month", "year");
        var dedup = new Option<bool>("--dedup") { Description = "Also count each event once per story (near-duplicate documents count once)." };
        var command = new Command("events", "Coded events by actor, dyad, CAMEO/PLOVER type, date range or country; --by month for a summary.")
        {
            actor, source, target, dyad, directed, cameo, plover, country, by, dedup,
        };
        common.AddTo(command, dates: true);
        command.SetAction(parse =>
        {
            var (first, second) = (parse.GetValue(source), parse.GetValue(target));
            if (parse.GetValue(dyad) is { } pair)
            {
                var parts = pair.Split(',', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                {
                    context.ReportError("--dyad", new ReadoutException(ErrorCodes.QueryInvalid, $"'{pair}' is not two actors separated by a comma (IRN,USA)"));
                    return 2;
                }

                (first, second) = (parts[0], parts[1]);
            }

            return common.Run(context, parse, (store, from, to, limit) => store.QueryEvents(new EventQuery
            {
                Actor = parse.GetValue(actor),
                Source = first,
                Target = second,
                Directed = parse.GetValue(directed),
                Cameo = parse.GetValue(cameo),
                Plover = parse.GetValue(plover),
                Country = parse.GetValue(country),
                From = from,
                To = to,
                GroupBy = parse.GetValue(by) switch { "day" => TimeGrouping.Day, "month" => TimeGrouping.Month, "year" => TimeGrouping.Year, _ => TimeGrouping.None },
                Deduplicate = parse.GetValue(dedup),
                Limit = limit,
            }));
        });
        return command;
    }

    private static Command Quotes(CliContext context)
    {
        var common = new CommonOptions();
        var speaker = new Option<string?>("--speaker") { Description = "Part of the speaker's name." };
        var text = new Option<string?>("--text") { Description = "Words the quotation contains (full-text search)." };
        var command = new Command("quotes", "Quotations by speaker or by full-text search.") { speaker, text };
        common.AddTo(command, dates: true);
        command.SetAction(parse => common.Run(context, parse, (store, from, to, limit) => store.QueryQuotes(new QuoteQuery
        {
            Speaker = parse.GetValue(speaker),
            Text = parse.GetValue(text),
            From = from,
            To = to,
            Limit = limit,
        })));
        return command;
    }

    private static Command Entities(CliContext context)
    {
        var common = new CommonOptions();
        var name = new Option<string?>("--name") { Description = "Part of the entity's name or of a mention." };
        var type = new Option<string?>("--type") { Description = "PERSON, ORG, GPE…" };
        var command = new Command("entities", "Entities by name, with the documents and mentions that have them.") { name, type };
        common.AddTo(command, dates: false);
        command.SetAction(parse => common.Run(context, parse, (store, _, _, limit) => store.QueryEntities(new EntityQuery
        {
            Name = parse.GetValue(name),
            Type = parse.GetValue(type),
            Limit = limit,
        })));
        return command;
    }

    private static Command Documents(CliContext context)
    {
        var common = new CommonOptions();
        var title = new Option<string?>("--title") { Description = "Part of the title." };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet or collection." };
        var nearDuplicates = new Option<bool>("--near-duplicates") { Description = "List pairs of documents that carry the same story." };
        var command = new Command("documents", "Stored documents, or near-duplicate pairs.") { title, outlet, nearDuplicates };
        common.AddTo(command, dates: true);
        command.SetAction(parse => common.Run(context, parse, (store, from, to, limit) => store.QueryDocuments(new DocumentQuery
        {
            Title = parse.GetValue(title),
            Outlet = parse.GetValue(outlet),
            NearDuplicates = parse.GetValue(nearDuplicates),
            From = from,
            To = to,
            Limit = limit,
        })));
        return command;
    }

    private static Command Stats(CliContext context)
    {
        var common = new CommonOptions();
        var command = new Command("stats", "Rows per table and the content fingerprint (equal fingerprints: the same documents and analyses).");
        common.AddTo(command, dates: false);
        command.SetAction(parse => common.Run(context, parse, (store, _, _, _) =>
        {
            var summary = store.Summarize();
            var rows = summary.RowCounts.Select(p => new object?[] { p.Key, p.Value.ToString(CultureInfo.InvariantCulture) }).ToList();
            rows.Add(["schema_version", store.SchemaVersion.ToString(CultureInfo.InvariantCulture)]);
            rows.Add(["fingerprint", summary.Fingerprint]);
            return new ResultTable([new ResultColumn("name", ColumnType.Text), new ResultColumn("value", ColumnType.Text)], rows);
        }));
        return command;
    }

    /// <summary>The options every query shares: database, output format and file, row limit, date range, timing.</summary>
    private sealed class CommonOptions
    {
        private readonly Option<string> _database = DatabaseOption.Create();
        private readonly Option<string> _format = new("--format") { Description = "table (default), csv, jsonl or parquet (needs --output).", DefaultValueFactory = _ => "table" };
        private readonly Option<string?> _output = new("--output", "-o") { Description = "Write to this file instead of standard output." };
        private readonly Option<int> _limit = new("--limit") { Description = "The most rows returned.", DefaultValueFactory = _ => 1000 };
        private readonly Option<string?> _from = new("--from") { Description = "First day (YYYY-MM-DD)." };
        private readonly Option<string?> _to = new("--to") { Description = "Last day (YYYY-MM-DD)." };
        private readonly Option<bool> _timing = new("--timing") { Description = "Print the query's time on standard error." };

        public void AddTo(Command command, bool dates)
        {
            _format.AcceptOnlyFromAmong("table", "csv", "jsonl", "parquet");
            command.Options.Add(_database);
            command.Options.Add(_format);
            command.Options.Add(_output);
            command.Options.Add(_limit);
            command.Options.Add(_timing);
            if (dates)
            {
                command.Options.Add(_from);
                command.Options.Add(_to);
            }
        }

        public int Run(CliContext context, ParseResult parse, Func<IDocumentStore, DateOnly?, DateOnly?, int, ResultTable> query)
        {
            var format = Enum.Parse<ResultFormat>(parse.GetValue(_format)!, ignoreCase: true);
            var path = parse.GetValue(_output);
            if (format == ResultFormat.Parquet && path is null)
            {
                context.ReportError("--format parquet", new ReadoutException(ErrorCodes.InvalidOption, "Parquet is binary: name a file with --output"));
                return 2;
            }

            if (!TryDate(context, "--from", parse.GetValue(_from), out var from) || !TryDate(context, "--to", parse.GetValue(_to), out var to))
            {
                return 2;
            }

            using var store = DatabaseOption.Open(context, parse.GetValue(_database)!);
            if (store is null)
            {
                return 2;
            }

            ResultTable table;
            var clock = Stopwatch.StartNew();
            try
            {
                table = query(store, from, to, Math.Max(1, parse.GetValue(_limit)));
            }
            catch (ReadoutException error)
            {
                context.ReportError(parse.CommandResult.Command.Name, error);
                return 2;
            }

            if (parse.GetValue(_timing))
            {
                context.Error.WriteLine($"readout: query: {table.Rows.Count:N0} rows in {clock.Elapsed.TotalMilliseconds:N1} ms");
            }

            if (path is null || format == ResultFormat.Parquet)
            {
                ResultWriter.Write(table, format, context.Out, path, context.IsTerminal);
                return 0;
            }

            using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            ResultWriter.Write(table, format, file, path, colours: false);
            return 0;
        }

        private static bool TryDate(CliContext context, string option, string? text, out DateOnly? date)
        {
            date = null;
            if (text is null)
            {
                return true;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
                return true;
            }

            context.ReportError(option, new ReadoutException(ErrorCodes.InvalidOption, $"'{text}' is not a date in YYYY-MM-DD form"));
            return false;
        }
    }
}
