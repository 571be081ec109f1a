using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Readout.Cli.Output;
using Readout.Core.Errors;
using Readout.Distribution.Working;
using Readout.Extraction;
using Readout.Storage;

namespace Readout.Cli.Commands;

/// <summary><c>readout worker --broker URL --db …</c>: takes published documents, analyses them and stores them, until stopped.</summary>
internal static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var broker = BrokerOption.Create(required: true);
        var queue = BrokerOption.CreateQueue();
        var database = DatabaseOption.Create();
        var defaults = new WorkerOptions();
        var threads = new Option<int>("--threads") { Description = "Documents analysed in parallel.", DefaultValueFactory = _ => defaults.Threads };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per transaction; acknowledged after it commits.", DefaultValueFactory = _ => defaults.BatchSize };
        var prefetch = new Option<int>("--prefetch") { Description = "Unacknowledged messages held at a time (default: two batches plus one per thread)." };
        var attempts = new Option<int>("--max-attempts") { Description = "Deliveries of a failing document before it is dead-lettered.", DefaultValueFactory = _ => defaults.MaxAttempts };
        var idleExit = new Option<double?>("--idle-exit") { Description = "Stop after this many seconds without work and an empty queue (default: run until SIGTERM)." };
        var command = new Command("worker", "Analyse documents published with `readout ingest --broker` and store them; run as many as you like, anywhere. SIGTERM stops it gracefully.")
        {
            broker, queue, database, threads, batchSize, prefetch, attempts, idleExit,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(threads) < 1 || parse.GetValue(batchSize) < 1 || parse.GetValue(attempts) < 1 || parse.GetValue(prefetch) < 0)
            {
                context.ReportError("--threads/--batch-size/--max-attempts/--prefetch", new ReadoutException(ErrorCodes.InvalidOption, "must be at least 1"));
                return 2;
            }

            var options = new WorkerOptions
            {
                Threads = parse.GetValue(threads),
                BatchSize = parse.GetValue(batchSize),
                Prefetch = parse.GetValue(prefetch),
                MaxAttempts = parse.GetValue(attempts),
                IdleExit = parse.GetValue(idleExit) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            };
            return Run(context, parse.GetValue(broker)!, parse.GetValue(queue)!, parse.GetValue(database)!, options);
        });
        return command;
    }

    private static int Run(CliContext context, string brokerAddress, string queue, string address, WorkerOptions options)
    {
        var broker = BrokerOption.Open(context, brokerAddress, queue, "worker");
        if (broker is null)
        {
            return 2;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            context.Error.WriteLine($"readout: worker: {signal.Signal}: finishing the documents in hand, requeueing the rest");
            stop.Cancel();
        }

        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        var reporter = new WorkerReporter(context);
        WorkerProgress progress;
        try
        {
            var worker = new DocumentWorker(broker, () => DocumentStores.Open(address), StandardPipeline.Create(), options);
            progress = worker.RunAsync(reporter, stop.Token).GetAwaiter().GetResult();
        }
        catch (ReadoutException error)
        {
            context.ReportError(error.Code.Code.StartsWith("RO4", StringComparison.Ordinal) ? DocumentStores.Describe(address) : broker.Address, error);
            return 2;
        }
        finally
        {
            broker.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        context.Out.WriteLine($"readout worker: {progress.Done:N0} documents in {progress.Elapsed:h\\:mm\\:ss\\.f} ({progress.DocumentsPerSecond:N1} documents/s) from {broker.Address} (queue {queue}) into {DocumentStores.Describe(address)}");
        context.Out.WriteLine($"  stored                {progress.Stored,10:N0}");
        context.Out.WriteLine($"  re-analysed           {progress.Replaced,10:N0}");
        context.Out.WriteLine($"  unchanged             {progress.Unchanged,10:N0}");
        context.Out.WriteLine($"  dead-lettered         {progress.DeadLettered,10:N0}");
        context.Out.WriteLine($"  requeued              {progress.Requeued,10:N0}");
        context.Out.WriteLine($"  database writes       {progress.Writing.TotalSeconds,10:N1} s  ({Share(progress.Writing, progress.Elapsed)} of the run)");
        context.Out.WriteLine($"  broker round trips    {progress.Messaging.TotalSeconds,10:N1} s  ({Share(progress.Messaging, progress.Elapsed)})");
        context.Out.WriteLine($"  peak memory           {peak,10:N0} MiB");
        return 0;
    }

    private static string Share(TimeSpan part, TimeSpan whole) => whole > TimeSpan.Zero ? (part / whole).ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
