using System.Diagnostics;
using System.Threading.Channels;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Distribution.Messages;
using Readout.Storage;
using Readout.Storage.Records;

namespace Readout.Distribution.Working;

/// <summary>
/// Takes document messages from the broker, analyses them on <see cref="WorkerOptions.Threads"/> threads, writes them in
/// batches (one transaction each) and acknowledges each message only after its batch committed.
/// </summary>
/// <remarks>
/// Delivery is at least once, the effect exactly once: the store leaves a text already stored by the same pipeline
/// version unchanged, so a redelivered message changes nothing. A failing document is requeued until its
/// <see cref="WorkerOptions.MaxAttempts"/>th delivery, then written to the failure log with its reason and acknowledged,
/// so it never blocks the queue. A lost broker or database connection is retried with back-off; messages not yet
/// acknowledged are redelivered. Cancelling <c>stop</c> is a graceful shutdown: no new deliveries, the documents being
/// analysed are finished and written, those not started are requeued.
/// </remarks>
public sealed class DocumentWorker
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    private readonly IWorkBroker _broker;
    private readonly Func<IDocumentStore> _openStore;
    private readonly Pipeline _pipeline;
    private readonly WorkerOptions _options;
    private readonly string _reporter = Reporter.Of("worker");

    /// <summary>Creates a worker taking work from <paramref name="broker"/> and writing to the store <paramref name="openStore"/> opens.</summary>
    public DocumentWorker(IWorkBroker broker, Func<IDocumentStore> openStore, Pipeline pipeline, WorkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(openStore);
        ArgumentNullException.ThrowIfNull(pipeline);
        _broker = broker;
        _openStore = openStore;
        _pipeline = pipeline;
        _options = options ?? new WorkerOptions();
    }

    /// <summary>Works until <paramref name="stop"/> is cancelled (or, with <see cref="WorkerOptions.IdleExit"/>, until there is no work).</summary>
    /// <exception cref="ReadoutException">BrokerRefused, or an error that retrying cannot mend (a bad address, a schema too new).</exception>
    public async Task<WorkerProgress> RunAsync(IWorkerObserver observer, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var tally = new Tally(Stopwatch.StartNew());
        IDocumentStore? store = null;
        var delay = TimeSpan.FromMilliseconds(500);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    store ??= _openStore();
                    await using var subscription = await _broker.SubscribeAsync(_options.EffectivePrefetch, stop);
                    delay = TimeSpan.FromMilliseconds(500);
                    if (await ConsumeAsync(subscription, store, tally, observer, stop))
                    {
                        break;
                    }

                    if (subscription.IsLost)
                    {
                        throw new ReadoutException(ErrorCodes.BrokerUnavailable, $"{_broker.Address}: the connection was lost");
                    }
                }
                catch (ReadoutException error) when (IsTransient(error) && !stop.IsCancellationRequested)
                {
                    if (error.Code != ErrorCodes.BrokerUnavailable)
                    {
                        // Reopen the store: its connection may be the broken part.
                        store?.Dispose();
                        store = null;
                    }

                    observer.OnInterrupted(error, delay);
                    await Task.Delay(delay, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                    delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        finally
        {
            store?.Dispose();
        }

        var final = tally.Progress();
        observer.OnProgress(final);
        return final;
    }

    private static bool IsTransient(ReadoutException error) =>
        error.Code == ErrorCodes.BrokerUnavailable || error.Code == ErrorCodes.DatabaseUnavailable || error.Code == ErrorCodes.DatabaseWriteFailed;

    // Returns true when the worker stopped for being idle.
    private async Task<bool> ConsumeAsync(IWorkSubscription subscription, IDocumentStore store, Tally tally, IWorkerObserver observer, CancellationToken stop)
    {
        var results = Channel.CreateUnbounded<Outcome>(new UnboundedChannelOptions { SingleReader = true });
        using var stopTaking = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var taken = 0L;
        // Dedicated threads: analysis is long synchronous work that would starve the thread pool the broker client and
        // the writing loop run on.
        var analysers = Enumerable.Range(0, Math.Max(1, _options.Threads)).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                while (subscription.Deliveries.WaitToReadAsync(stopTaking.Token).AsTask().GetAwaiter().GetResult())
                {
                    while (!stopTaking.IsCancellationRequested && subscription.Deliveries.TryRead(out var delivery))
                    {
                        Interlocked.Increment(ref taken);
                        results.Writer.TryWrite(Analyse(delivery));
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopping: the document in hand was finished; the rest are requeued below.
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        _ = Task.WhenAll(analysers).ContinueWith(_ => results.Writer.TryComplete(), TaskScheduler.Default);

        var batch = new List<Outcome>(_options.BatchSize);
        var received = 0L;
        var batchStarted = Stopwatch.GetTimestamp();
        var lastActivity = Stopwatch.GetTimestamp();
        var (stopping, idle) = (false, false);
        Task<bool>? waiting = null;
        try
        {
            while (true)
            {
                waiting ??= results.Reader.WaitToReadAsync().AsTask();
                if (await Task.WhenAny(waiting, Task.Delay(Tick, CancellationToken.None)) == waiting)
                {
                    var more = await waiting;
                    waiting = null;
                    if (!more)
                    {
                        break;
                    }

                    while (results.Reader.TryRead(out var outcome))
                    {
                        received++;
                        lastActivity = Stopwatch.GetTimestamp();
                        if (batch.Count == 0)
                        {
                            batchStarted = Stopwatch.GetTimestamp();
                        }

                        batch.Add(outcome);
                        if (batch.Count >= _options.BatchSize)
                        {
                            await FlushAsync(batch, subscription, store, tally, observer);
                        }
                    }
                }

                if (batch.Count > 0 && Stopwatch.GetElapsedTime(batchStarted) >= _options.MaxBatchAge)
                {
                    await FlushAsync(batch, subscription, store, tally, observer);
                }

                if (!stopping && (stop.IsCancellationRequested || (idle = await IsIdleAsync(subscription, lastActivity, Interlocked.Read(ref taken) - received))))
                {
                    // No new deliveries; documents in hand are finished, then the loop ends when the analysers do.
                    stopping = true;
                    await StopQuietlyAsync(subscription);
                    await stopTaking.CancelAsync();
                }
            }

            await FlushAsync(batch, subscription, store, tally, observer);
            while (subscription.Deliveries.TryRead(out var unstarted) && !subscription.IsLost)
            {
                await subscription.RequeueAsync(unstarted, CancellationToken.None);
            }
        }
        finally
        {
            await stopTaking.CancelAsync();
            await Task.WhenAll(analysers);
        }

        return idle;
    }

    private async Task<bool> IsIdleAsync(IWorkSubscription subscription, long lastActivity, long inFlight) =>
        _options.IdleExit is { } idleFor
        && inFlight == 0
        && Stopwatch.GetElapsedTime(lastActivity) >= idleFor
        && subscription.Deliveries.Count == 0
        && !subscription.IsLost
        && await _broker.CountWaitingAsync() == 0;

    private static async Task StopQuietlyAsync(IWorkSubscription subscription)
    {
        try
        {
            await subscription.StopAsync();
        }
        catch (ReadoutException error) when (error.Code == ErrorCodes.BrokerUnavailable)
        {
            // The connection is gone: nothing more will be delivered anyway.
        }
    }

    private Outcome Analyse(WorkDelivery delivery)
    {
        DocumentMessage message;
        try
        {
            message = MessageCodec.DecodeDocument(delivery.Body);
        }
        catch (ReadoutException error)
        {
            return new Outcome(delivery, null) { Error = error, Permanent = true };
        }

        try
        {
            var (document, metadata) = message.ToIngestDocument();
            _pipeline.Process(document);
            return new Outcome(delivery, message) { Stored = StoredDocument.Create(document, metadata, _pipeline.Version) };
        }
        catch (ReadoutException error)
        {
            return new Outcome(delivery, message) { Error = error };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new Outcome(delivery, message) { Error = new ReadoutException(ErrorCodes.AnalysisFailed, $"{exception.GetType().Name}: {exception.Message}", exception) };
        }
    }

    // Writes the batch; logs failures and progress; then acknowledges and requeues its messages.
    private async Task FlushAsync(List<Outcome> batch, IWorkSubscription subscription, IDocumentStore store, Tally tally, IWorkerObserver observer)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var writing = Stopwatch.GetTimestamp();
        try
        {
            Write(batch, store, tally);
            tally.Writing += Stopwatch.GetElapsedTime(writing);
        }
        catch (ReadoutException)
        {
            // The database is failing, not these documents: give them back for later.
            foreach (var outcome in batch.Where(o => !subscription.IsLost))
            {
                await subscription.RequeueAsync(outcome.Delivery, CancellationToken.None);
            }

            batch.Clear();
            throw;
        }

        var deadLetters = new List<byte[]>();
        var finished = new List<Outcome>();
        var retries = new List<Outcome>();
        foreach (var outcome in batch)
        {
            if (outcome.Error is not { } error)
            {
                finished.Add(outcome);
                continue;
            }

            var givenUp = outcome.Permanent || outcome.Delivery.Attempt >= _options.MaxAttempts;
            observer.OnFailure(outcome.Message?.Source ?? UnreadableSource(outcome.Delivery), error, outcome.Delivery.Attempt, givenUp);
            if (givenUp)
            {
                deadLetters.Add(MessageCodec.Encode(FailureOf(outcome, error)));
                finished.Add(outcome);
            }
            else
            {
                retries.Add(outcome);
            }
        }

        batch.Clear();
        var messaging = Stopwatch.GetTimestamp();
        // Logged before the acknowledgements: a fault in between redelivers documents that are then logged again,
        // which the failure list and the run status count once (by content hash); never the other way round.
        await _broker.AppendAsync(BrokerLog.Failures, deadLetters);
        var events = finished
            .Where(o => o.Stored is not null)
            .GroupBy(o => o.Message!.Run, StringComparer.Ordinal)
            .Select(run => MessageCodec.Encode(new RunEvent(run.Key, RunEventKind.Done, DateTimeOffset.UtcNow)
            {
                Count = run.Count(),
                Documents = run.Select(o => RunEvent.ShortId(o.Stored!.ContentHash)).ToList(),
                Reporter = _reporter,
            }))
            .ToList();
        await _broker.AppendAsync(BrokerLog.Progress, events);
        foreach (var outcome in finished)
        {
            await subscription.AcknowledgeAsync(outcome.Delivery);
        }

        foreach (var outcome in retries)
        {
            await subscription.RequeueAsync(outcome.Delivery);
        }

        tally.DeadLettered += deadLetters.Count;
        tally.Requeued += retries.Count;
        tally.Messaging += Stopwatch.GetElapsedTime(messaging);
        observer.OnProgress(tally.Progress());
    }

    private static void Write(List<Outcome> batch, IDocumentStore store, Tally tally)
    {
        var analysed = batch.Where(o => o.Stored is not null).ToList();
        if (analysed.Count == 0)
        {
            return;
        }

        try
        {
            tally.Add(store.Write(analysed.ConvertAll(o => o.Stored!)));
        }
        catch (ReadoutException batchError) when (batchError.Code == ErrorCodes.DatabaseWriteFailed)
        {
            // Find the document that broke the batch: write one at a time; one that fails alone fails as a document.
            var failures = 0;
            foreach (var outcome in analysed)
            {
                try
                {
                    tally.Add(store.Write([outcome.Stored!]));
                }
                catch (ReadoutException error) when (error.Code == ErrorCodes.DatabaseWriteFailed)
                {
                    failures++;
                    outcome.Error = error;
                    outcome.Stored = null;
                }
            }

            if (failures == analysed.Count && analysed.Count > 1)
            {
                throw;
            }
        }

        store.SettleNearDuplicates(analysed.Where(o => o.Stored is not null).Select(o => o.Stored!.ContentHash).ToList());
    }

    private FailureRecord FailureOf(Outcome outcome, ReadoutException error) =>
        new(outcome.Message?.Run ?? string.Empty, outcome.Message?.Source ?? UnreadableSource(outcome.Delivery), error.Code.Code, error.Message, outcome.Delivery.Attempt, DateTimeOffset.UtcNow)
        {
            ContentHash = outcome.Message is { } message ? Core.Documents.Document.ContentHash(message.Text) : null,
            Reporter = _reporter,
        };

    // Names a message that is not a document by its bytes, so two such messages are told apart in the failure list.
    private static string UnreadableSource(WorkDelivery delivery) =>
        $"(unreadable message {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(delivery.Body))[..12]})";

    private sealed class Outcome(WorkDelivery delivery, DocumentMessage? message)
    {
        public WorkDelivery Delivery { get; } = delivery;

        public DocumentMessage? Message { get; } = message;

        public StoredDocument? Stored { get; set; }

        public ReadoutException? Error { get; set; }

        // A message that cannot be read will not read better next time.
        public bool Permanent { get; init; }
    }

    private sealed class Tally(Stopwatch clock)
    {
        private WriteResult _written;

        public long DeadLettered { get; set; }

        public long Requeued { get; set; }

        public TimeSpan Writing { get; set; }

        public TimeSpan Messaging { get; set; }

        public void Add(WriteResult result) => _written += result;

        public WorkerProgress Progress() =>
            new(_written.Inserted, _written.Replaced, _written.Unchanged, DeadLettered, Requeued, clock.Elapsed, Writing, Messaging);
    }
}
