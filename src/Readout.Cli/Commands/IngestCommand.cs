using System.CommandLine;
using System.Diagnostics;
using Readout.Cli.Output;
using Readout.Core.Errors;
using Readout.Extraction;
using Readout.Ingest.Inputs;
using Readout.Ingest.Text;
using Readout.Storage;
using Readout.Storage.Ingestion;
using Readout.Storage.Records;

namespace Readout.Cli.Commands;

/// <summary><c>readout ingest PATH...</c>: reads files, folders and globs, analyses every document in parallel and stores the results.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively) or globs: text, HTML, RSS/Atom, WARC, JSONL, optionally .gz.",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = DatabaseOption.Create();
        var threads = new Option<int>("--threads") { Description = "Documents analysed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per transaction.", DefaultValueFactory = _ => 200 };
        var maxSize = new Option<int>("--max-size")
        {
            Description = "Refuse single documents, records or lines larger than this many MiB.",
            DefaultValueFactory = _ => (int)(PlainTextReader.DefaultMaxBytes / (1024 * 1024)),
        };
        var encoding = new Option<string?>("--encoding") { Description = "Encoding of inputs that declare none (default: detect)." };
        var broker = BrokerOption.Create(required: false);
        var queue = BrokerOption.CreateQueue();
        var command = new Command("ingest", "Analyse documents into a database (SQLite file, or PostgreSQL): parallel, idempotent, resumable.")
        {
            paths, database, threads, batchSize, maxSize, encoding, broker, queue,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(threads) < 1 || parse.GetValue(batchSize) < 1)
            {
                context.ReportError("--threads/--batch-size", new ReadoutException(ErrorCodes.InvalidOption, "must be at least 1"));
                return 2;
            }

            var reader = new InputReader((long)parse.GetValue(maxSize) * 1024 * 1024, parse.GetValue(encoding));
            if (parse.GetValue(broker) is { } brokerAddress)
            {
                var skipStoredIn = parse.GetResult(database) is { Implicit: false } ? parse.GetValue(database) : null;
                return DistributedIngest.Run(context, parse.GetValue(paths)!, brokerAddress, parse.GetValue(queue)!, skipStoredIn, reader, parse.GetValue(threads));
            }

            var options = new IngestOptions { Threads = parse.GetValue(threads), BatchSize = parse.GetValue(batchSize) };
            return Run(context, parse.GetValue(paths)!, parse.GetValue(database)!, reader, options);
        });
        return command;
    }

    private static int Run(CliContext context, string[] arguments, string address, InputReader reader, IngestOptions options)
    {
        var files = InputPaths.Expand(arguments).ToList();
        var sizes = files.Select(f => f.Error is null ? SizeOf(f.Path) : 0).ToList();
        using var store = DatabaseOption.Open(context, address);
        if (store is null)
        {
            return 2;
        }

        var ingester = new DocumentIngester(store, StandardPipeline.Create(), options);
        IngestSummary summary;
        try
        {
            var items = Items(files, sizes, reader, context);
            var total = sizes.Sum();
            summary = context.IsTerminal
                ? TerminalIngestReporter.Run(context, total, observer => ingester.Run(items, observer))
                : ingester.Run(items, new PlainIngestReporter(context, total));
        }
        catch (ReadoutException error)
        {
            context.ReportError(DocumentStores.Describe(address), error);
            return 2;
        }

        WriteSummary(context.Out, summary, DocumentStores.Describe(address), store.Provider);
        return summary.Progress.Failed == 0 ? 0 : 1;
    }

    internal static IEnumerable<IngestItem> Items(List<(string Path, ReadoutException? Error)> files, List<long> sizes, InputReader reader, CliContext context)
    {
        var offset = 0L;
        for (var i = 0; i < files.Count; i++)
        {
            var (path, error) = files[i];
            if (error is not null)
            {
                yield return new IngestItem(path, offset, () => throw error);
                continue;
            }

            foreach (var item in reader.Read(path, context.OpenStandardInput))
            {
                yield return new IngestItem(item.Source, offset + item.InputPosition, () => Load(item));
            }

            offset += sizes[i];
        }
    }

    private static IngestDocument Load(InputItem item)
    {
        var input = item.Load();
        var metadata = new DocumentMetadata(input.ExternalId, input.Url, input.Byline, input.Outlet, input.Format.ToString().ToLowerInvariant());
        return new IngestDocument(input.ToDocument(), metadata);
    }

    internal static long SizeOf(string path)
    {
        try
        {
            return path == "-" ? 0 : new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void WriteSummary(TextWriter output, IngestSummary summary, string address, string provider)
    {
        var progress = summary.Progress;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        output.WriteLine($"readout ingest: {progress.Done:N0} documents in {progress.Elapsed:h\\:mm\\:ss\\.f} ({progress.DocumentsPerSecond:N1} documents/s) into {address} ({provider})");
        output.WriteLine($"  ingested              {progress.Ingested,10:N0}");
        output.WriteLine($"  re-analysed           {progress.Replaced,10:N0}");
        output.WriteLine($"  duplicates skipped    {progress.Duplicates,10:N0}");
        var reasons = string.Join(", ", summary.FailuresByCode.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value:N0}"));
        output.WriteLine($"  failed                {progress.Failed,10:N0}{(reasons.Length > 0 ? $"  ({reasons})" : string.Empty)}");
        output.WriteLine($"  near-duplicate links  {summary.NearDuplicateLinks,10:N0}");
        output.WriteLine($"  peak memory           {peak,10:N0} MiB");
    }
}
