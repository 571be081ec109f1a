using System.Diagnostics;
using Readout.Cli.Output;
using Readout.Core.Errors;
using Readout.Distribution.Publishing;
using Readout.Extraction;
using Readout.Ingest.Inputs;

namespace Readout.Cli.Commands;

/// <summary><c>readout ingest PATH... --broker URL</c>: reads the inputs and publishes their documents for workers instead of analysing them.</summary>
internal static class DistributedIngest
{
    /// <summary>Publishes a run; skips texts already stored in <paramref name="skipStoredIn"/> when a database was named.</summary>
    public static int Run(CliContext context, string[] arguments, string brokerAddress, string queue, string? skipStoredIn, InputReader reader, int threads)
    {
        var files = InputPaths.Expand(arguments).ToList();
        var sizes = files.Select(f => f.Error is null ? IngestCommand.SizeOf(f.Path) : 0).ToList();
        IReadOnlySet<string> known = new HashSet<string>();
        if (skipStoredIn is not null)
        {
            using var store = DatabaseOption.Open(context, skipStoredIn);
            if (store is null)
            {
                return 2;
            }

            known = store.AnalysedHashes(StandardPipeline.Create().Version);
        }

        var broker = BrokerOption.Open(context, brokerAddress, queue, "publisher");
        if (broker is null)
        {
            return 2;
        }

        PublishProgress progress;
        try
        {
            var publisher = new DocumentPublisher(broker, new PublishOptions { Threads = threads });
            var items = IngestCommand.Items(files, sizes, reader, context);
            progress = publisher.RunAsync(items, known, new PublishReporter(context, sizes.Sum())).GetAwaiter().GetResult();
        }
        catch (ReadoutException error)
        {
            context.ReportError(broker.Address, error);
            return 2;
        }
        finally
        {
            broker.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        context.Out.WriteLine($"readout ingest: run {progress.Run}: {progress.Done:N0} documents in {progress.Elapsed:h\\:mm\\:ss\\.f} ({progress.DocumentsPerSecond:N1} documents/s) to {broker.Address} (queue {queue})");
        context.Out.WriteLine($"  published             {progress.Published,10:N0}");
        context.Out.WriteLine($"  skipped               {progress.Skipped,10:N0}");
        context.Out.WriteLine($"  failed                {progress.Failed,10:N0}");
        context.Out.WriteLine($"  peak memory           {peak,10:N0} MiB");
        context.Out.WriteLine($"readout: follow it with `readout status --broker …{(queue == Distribution.RabbitMq.RabbitMqBroker.DefaultQueue ? string.Empty : " --queue " + queue)}`");
        return progress.Failed == 0 ? 0 : 1;
    }
}
