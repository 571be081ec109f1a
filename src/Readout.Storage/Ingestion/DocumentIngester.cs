using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Storage.Records;

namespace Readout.Storage.Ingestion;

/// <summary>
/// Reads, analyses and stores documents: one thread lists items, <see cref="IngestOptions.Threads"/> workers load and
/// analyse them, and the calling thread writes batches, each in one transaction.
/// </summary>
/// <remarks>
/// Idempotent: a text already stored by the same pipeline version (same SHA-256) is skipped; one stored by another
/// version is re-analysed and replaced. Resumable: a killed run loses only its uncommitted batch, which the next run
/// redoes, so the final store is the same as an uninterrupted run's. A document that fails is reported and skipped.
/// </remarks>
public sealed class DocumentIngester
{
    private readonly IDocumentStore _store;
    private readonly Pipeline _pipeline;
    private readonly IngestOptions _options;

    /// <summary>Creates an ingester writing to <paramref name="store"/> with <paramref name="pipeline"/>.</summary>
    public DocumentIngester(IDocumentStore store, Pipeline pipeline, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        _store = store;
        _pipeline = pipeline;
        _options = options ?? new IngestOptions();
    }

    /// <summary>Ingests every item.</summary>
    /// <exception cref="ReadoutException">DatabaseWriteFailed when the database itself fails (not one document).</exception>
    public IngestSummary Run(IEnumerable<IngestItem> items, IIngestObserver observer, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(observer);
        var clock = Stopwatch.StartNew();
        var known = _store.AnalysedHashes(_pipeline.Version);
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var threads = Math.Max(1, _options.Threads);
        var queue = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(threads * 4) { SingleWriter = true });
        var results = Channel.CreateBounded<Outcome>(new BoundedChannelOptions(_options.BatchSize * 2) { SingleReader = true });
        var position = 0L;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var item in items)
                {
                    queue.Writer.WriteAsync(item, stop.Token).AsTask().GetAwaiter().GetResult();
                    Volatile.Write(ref position, item.InputPosition);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopping early: what is queued is still analysed and written.
            }
            finally
            {
                queue.Writer.TryComplete();
            }
        });

        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(() =>
        {
            try
            {
                while (queue.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                {
                    while (queue.Reader.TryRead(out var item))
                    {
                        results.Writer.WriteAsync(Analyse(item, known, seen), stop.Token).AsTask().GetAwaiter().GetResult();
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The writer failed: stop analysing.
            }
        })).ToArray();

        _ = Task.WhenAll(workers).ContinueWith(_ => results.Writer.TryComplete(), TaskScheduler.Default);
        var tally = new Tally(clock);
        try
        {
            Write(results.Reader, observer, tally, () => Volatile.Read(ref position));
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            Task.WaitAll([producer, .. workers]);
        }

        producer.GetAwaiter().GetResult();
        var final = tally.Progress(Volatile.Read(ref position));
        observer.OnProgress(final);
        return new IngestSummary(final, tally.Links, tally.FailuresByCode);
    }

    private Outcome Analyse(IngestItem item, IReadOnlySet<string> known, ConcurrentDictionary<string, byte> seen)
    {
        try
        {
            var (document, metadata) = item.Load();
            var hash = Document.ContentHash(document.Text);
            if (known.Contains(hash) || !seen.TryAdd(hash, 0))
            {
                return Outcome.Duplicate(item.Source);
            }

            _pipeline.Process(document);
            return Outcome.Stored(item.Source, StoredDocument.Create(document, metadata, _pipeline.Version));
        }
        catch (ReadoutException error)
        {
            return Outcome.Failed(item.Source, error);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Outcome.Failed(item.Source, new ReadoutException(ErrorCodes.AnalysisFailed, $"{exception.GetType().Name}: {exception.Message}", exception));
        }
    }

    private void Write(ChannelReader<Outcome> results, IIngestObserver observer, Tally tally, Func<long> position)
    {
        var batch = new List<(string Source, StoredDocument Document)>(_options.BatchSize);
        var batchStarted = Stopwatch.GetTimestamp();
        var lastReport = Stopwatch.GetTimestamp();
        Task<bool>? waiting = null;
        while (true)
        {
            waiting ??= results.WaitToReadAsync().AsTask();
            var ready = waiting.Wait(TimeSpan.FromMilliseconds(250));
            if (ready)
            {
                var more = waiting.Result;
                waiting = null;
                if (!more)
                {
                    break;
                }

                while (results.TryRead(out var outcome))
                {
                    if (outcome.Document is { } stored)
                    {
                        if (batch.Count == 0)
                        {
                            batchStarted = Stopwatch.GetTimestamp();
                        }

                        batch.Add((outcome.Source, stored));
                        if (batch.Count >= _options.BatchSize)
                        {
                            Flush(batch, observer, tally);
                        }
                    }
                    else if (outcome.Error is { } error)
                    {
                        tally.Fail(error);
                        observer.OnFailure(outcome.Source, error);
                    }
                    else
                    {
                        tally.Duplicates++;
                    }
                }
            }

            if (batch.Count > 0 && Stopwatch.GetElapsedTime(batchStarted) >= _options.MaxBatchAge)
            {
                Flush(batch, observer, tally);
            }

            if (Stopwatch.GetElapsedTime(lastReport) >= TimeSpan.FromMilliseconds(250))
            {
                observer.OnProgress(tally.Progress(position()));
                lastReport = Stopwatch.GetTimestamp();
            }
        }

        Flush(batch, observer, tally);
    }

    private void Flush(List<(string Source, StoredDocument Document)> batch, IIngestObserver observer, Tally tally)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            tally.Add(_store.Write(batch.Select(b => b.Document).ToList()));
        }
        catch (ReadoutException batchError) when (batchError.Code == ErrorCodes.DatabaseWriteFailed)
        {
            // Find the document that broke the batch: write one at a time, skip those that fail.
            var failures = 0;
            foreach (var (source, document) in batch)
            {
                try
                {
                    tally.Add(_store.Write([document]));
                }
                catch (ReadoutException error) when (error.Code == ErrorCodes.DatabaseWriteFailed)
                {
                    failures++;
                    tally.Fail(error);
                    observer.OnFailure(source, error);
                }
            }

            if (failures == batch.Count && batch.Count > 1)
            {
                throw new ReadoutException(ErrorCodes.DatabaseWriteFailed, $"every document of a batch failed to write, so the database itself is failing: {batchError.Message}", batchError);
            }
        }

        batch.Clear();
    }

    private sealed record Outcome(string Source, StoredDocument? Document, ReadoutException? Error)
    {
        public static Outcome Stored(string source, StoredDocument document) => new(source, document, null);

        public static Outcome Failed(string source, ReadoutException error) => new(source, null, error);

        public static Outcome Duplicate(string source) => new(source, null, null);
    }

    private sealed class Tally(Stopwatch clock)
    {
        private readonly Dictionary<string, long> _failuresByCode = new(StringComparer.Ordinal);

        public long Ingested { get; private set; }

        public long Replaced { get; private set; }

        public long Duplicates { get; set; }

        public long Failed { get; private set; }

        public long Links { get; private set; }

        public IReadOnlyDictionary<string, long> FailuresByCode => _failuresByCode;

        public void Add(WriteResult result)
        {
            Ingested += result.Inserted;
            Replaced += result.Replaced;
            Links += result.NearDuplicateLinks;
        }

        public void Fail(ReadoutException error)
        {
            Failed++;
            _failuresByCode[error.Code.Code] = _failuresByCode.GetValueOrDefault(error.Code.Code) + 1;
        }

        public IngestProgress Progress(long position) => new(Ingested, Replaced, Duplicates, Failed, position, clock.Elapsed);
    }
}
