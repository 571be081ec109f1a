using System.Diagnostics;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Distribution.Messages;
using Readout.Storage.Ingestion;

namespace Readout.Distribution.Publishing;

/// <summary>
/// Publishes a run: loads every item (in parallel), skips texts already stored or repeated, and publishes the rest as
/// persistent document messages, each batch confirmed by the broker. Inputs that cannot be read go to the failure log.
/// </summary>
/// <remarks>
/// Appends run events (started, published, finished) to the progress log for <c>readout status</c>. Survives a broker
/// restart: an unconfirmed batch is published again (a worker stores a repeated message once). Pauses while the queue
/// holds more than <see cref="PublishOptions.MaxWaiting"/> messages.
/// </remarks>
public sealed class DocumentPublisher
{
    private readonly IWorkBroker _broker;
    private readonly PublishOptions _options;
    private readonly string _reporter = Reporter.Of("publisher");

    /// <summary>Creates a publisher to <paramref name="broker"/>.</summary>
    public DocumentPublisher(IWorkBroker broker, PublishOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        _broker = broker;
        _options = options ?? new PublishOptions();
    }

    /// <summary>Publishes every item; returns the final counts.</summary>
    /// <param name="items">The documents to publish.</param>
    /// <param name="known">Content hashes already stored by the workers' pipeline version (skipped), or an empty set.</param>
    /// <param name="observer">Told of failures, progress and retries.</param>
    /// <param name="cancellation">Stops publishing; what was confirmed stays queued.</param>
    /// <exception cref="ReadoutException">BrokerUnavailable once retrying has failed for <see cref="PublishOptions.RetryFor"/>; BrokerRefused.</exception>
    public async Task<PublishProgress> RunAsync(IEnumerable<IngestItem> items, IReadOnlySet<string> known, IPublishObserver observer, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(observer);
        var state = new State(_options.Run, Stopwatch.StartNew());
        await RetryAsync(() => _broker.AppendAsync(BrokerLog.Progress, [Event(RunEventKind.Started, 0, 0)], cancellation), observer, cancellation);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var loaded = items
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, _options.Threads))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellation)
            .Select(Load);
        foreach (var item in loaded)
        {
            state.Position = Math.Max(state.Position, item.InputPosition);
            if (item.Error is { } error)
            {
                state.Failures.Add(MessageCodec.Encode(new FailureRecord(state.Run, item.Source, error.Code.Code, error.Message, 0, DateTimeOffset.UtcNow) { Reporter = _reporter }));
                observer.OnFailure(item.Source, error);
            }
            else if (known.Contains(item.Hash!) || !seen.Add(item.Hash!))
            {
                state.SkippedSinceEvent++;
            }
            else
            {
                state.Batch.Add(new OutgoingMessage(item.Hash!, item.Body!));
            }

            if (state.Batch.Count >= _options.BatchSize || state.Failures.Count >= _options.BatchSize)
            {
                await FlushAsync(state, observer, cancellation);
            }
        }

        await FlushAsync(state, observer, cancellation);
        await RetryAsync(() => _broker.AppendAsync(BrokerLog.Progress, [Event(RunEventKind.Finished, state.Published, state.Skipped)], cancellation), observer, cancellation);
        var final = state.Progress();
        observer.OnProgress(final);
        return final;
    }

    private async Task FlushAsync(State state, IPublishObserver observer, CancellationToken cancellation)
    {
        if (state.Batch.Count > 0)
        {
            while (await RetryAsync(() => _broker.CountWaitingAsync(cancellation), observer, cancellation) > _options.MaxWaiting)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
            }

            await RetryAsync(() => _broker.PublishAsync(state.Batch, cancellation), observer, cancellation);
        }

        if (state.Failures.Count > 0)
        {
            await RetryAsync(() => _broker.AppendAsync(BrokerLog.Failures, state.Failures, cancellation), observer, cancellation);
        }

        if (state.Batch.Count > 0 || state.SkippedSinceEvent > 0)
        {
            var published = Event(RunEventKind.Published, state.Batch.Count, state.SkippedSinceEvent);
            await RetryAsync(() => _broker.AppendAsync(BrokerLog.Progress, [published], cancellation), observer, cancellation);
        }

        state.Published += state.Batch.Count;
        state.Skipped += state.SkippedSinceEvent;
        state.Failed += state.Failures.Count;
        state.Batch.Clear();
        state.Failures.Clear();
        state.SkippedSinceEvent = 0;
        observer.OnProgress(state.Progress());
    }

    private Task<T> RetryAsync<T>(Func<Task<T>> call, IPublishObserver observer, CancellationToken cancellation) =>
        BrokerRetry.RunAsync(call, _options.RetryFor, observer.OnRetry, cancellation);

    private Task RetryAsync(Func<Task> call, IPublishObserver observer, CancellationToken cancellation) =>
        BrokerRetry.RunAsync(call, _options.RetryFor, observer.OnRetry, cancellation);

    private byte[] Event(RunEventKind kind, long count, long skipped) =>
        MessageCodec.Encode(new RunEvent(_options.Run, kind, DateTimeOffset.UtcNow) { Count = count, Skipped = skipped, Reporter = _reporter });

    private Loaded Load(IngestItem item)
    {
        try
        {
            var document = item.Load();
            var body = MessageCodec.Encode(DocumentMessage.From(_options.Run, document));
            return new Loaded(item.Source, item.InputPosition, Document.ContentHash(document.Document.Text), body, null);
        }
        catch (ReadoutException error)
        {
            return new Loaded(item.Source, item.InputPosition, null, null, error);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var error = new ReadoutException(ErrorCodes.AnalysisFailed, $"{exception.GetType().Name}: {exception.Message}", exception);
            return new Loaded(item.Source, item.InputPosition, null, null, error);
        }
    }

    private sealed record Loaded(string Source, long InputPosition, string? Hash, byte[]? Body, ReadoutException? Error);

    private sealed class State(string run, Stopwatch clock)
    {
        public string Run { get; } = run;

        public List<OutgoingMessage> Batch { get; } = [];

        public List<byte[]> Failures { get; } = [];

        public long SkippedSinceEvent { get; set; }

        public long Published { get; set; }

        public long Skipped { get; set; }

        public long Failed { get; set; }

        public long Position { get; set; }

        public PublishProgress Progress() => new(Run, Published, Skipped, Failed, Position, clock.Elapsed);
    }
}
