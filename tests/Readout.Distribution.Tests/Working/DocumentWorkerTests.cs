using Readout.Core.Processing;
using Readout.Distribution.Messages;
using Readout.Distribution.Monitoring;
using Readout.Distribution.Publishing;
using Readout.Distribution.Working;
using Readout.Extraction;
using Readout.Storage.Ingestion;
using Readout.Testing;

namespace Readout.Distribution.Tests.Working;

public sealed class DocumentWorkerTests : IDisposable
{
    private static readonly WorkerOptions Quick = new() { Threads = 2, BatchSize = 7, IdleExit = TimeSpan.FromMilliseconds(300), MaxBatchAge = TimeSpan.FromMilliseconds(100) };

    private readonly TemporaryStore _store = new();

    public void Dispose() => _store.Dispose();

    private static async Task PublishAsync(InMemoryBroker broker, IEnumerable<IngestItem> items) =>
        await new DocumentPublisher(broker, new PublishOptions { Threads = 2, BatchSize = 10 }).RunAsync(items, new HashSet<string>(), new RecordingPublishObserver());

    private Task<WorkerProgress> WorkAsync(InMemoryBroker broker, Pipeline? pipeline = null, RecordingWorkerObserver? observer = null, WorkerOptions? options = null, CancellationToken stop = default) =>
        new DocumentWorker(broker, _store.Open, pipeline ?? StandardPipeline.Create(), options ?? Quick).RunAsync(observer ?? new RecordingWorkerObserver(), stop);

    [Fact]
    public async Task Every_published_document_is_stored_once_and_the_run_is_complete()
    {
        var broker = new InMemoryBroker();
        await PublishAsync(broker, Enumerable.Range(0, 30).Select(i => Corpus.Item(i)));

        var progress = await WorkAsync(broker);

        Assert.Equal((30L, 0L), (progress.Stored, progress.DeadLettered));
        Assert.Equal(0, broker.Waiting);
        using var store = _store.Open();
        Assert.Equal(30, store.Summarize().RowCounts["documents"]);
        var status = Assert.Single(await RunStatusReader.ReadAsync(broker));
        Assert.Equal((30L, 30L, 0L, true), (status.Published, status.Done, status.Failed, status.IsComplete));
    }

    [Fact]
    public async Task A_redelivered_document_changes_nothing_and_the_store_matches_an_in_process_ingest()
    {
        var broker = new InMemoryBroker();
        var items = Enumerable.Range(0, 12).Select(i => Corpus.Item(i)).ToList();
        await PublishAsync(broker, items);
        await PublishAsync(broker, items.Take(5)); // the same messages again, as after a publisher retry

        var progress = await WorkAsync(broker);

        Assert.Equal((12L, 5L), (progress.Stored, progress.Unchanged));
        using var inProcess = new TemporaryStore();
        using (var reference = inProcess.Open())
        {
            new DocumentIngester(reference, StandardPipeline.Create(), new IngestOptions { Threads = 1 }).Run(items, new IgnoringIngestObserver());
        }

        using var distributed = _store.Open();
        using var single = inProcess.Open();
        Assert.Equal(single.Summarize().Fingerprint, distributed.Summarize().Fingerprint);
        Assert.Equal(single.Summarize().RowCounts, distributed.Summarize().RowCounts);
    }

    [Fact]
    public async Task A_document_that_keeps_failing_is_dead_lettered_with_its_reason_after_its_last_attempt_and_the_rest_goes_on()
    {
        var broker = new InMemoryBroker();
        await PublishAsync(broker, Enumerable.Range(0, 20).Select(i => Corpus.Item(i)).Append(Corpus.Item(20, " POISON")));
        var pipeline = PipelineBuilder.Empty.Add(new Nlp.Tokenization.RuleTokenizer()).Add(new ThrowsOnWord("POISON")).Build();
        var observer = new RecordingWorkerObserver();

        var progress = await WorkAsync(broker, pipeline, observer, Quick with { MaxAttempts = 3 });

        Assert.Equal((20L, 1L, 2L), (progress.Stored, progress.DeadLettered, progress.Requeued));
        Assert.Equal(["corpus.jsonl:21 RO9001 attempt 1", "corpus.jsonl:21 RO9001 attempt 2", "corpus.jsonl:21 RO9001 attempt 3 dead-lettered"], observer.Failures);
        var failure = MessageCodec.DecodeFailure(Assert.Single(broker.Log(BrokerLog.Failures)).Body);
        Assert.Equal(("corpus.jsonl:21", "RO9001", 3), (failure.Source, failure.Code, failure.Attempts));
        Assert.Contains("POISON", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(0, broker.Waiting);
    }

    [Fact]
    public async Task A_message_that_is_not_a_document_is_dead_lettered_at_once()
    {
        var broker = new InMemoryBroker();
        await broker.PublishAsync([new OutgoingMessage("junk", "not a document"u8.ToArray()), new OutgoingMessage("v9", """{"version":9,"document":null}"""u8.ToArray())]);
        await PublishAsync(broker, [Corpus.Item(0)]);

        var progress = await WorkAsync(broker);

        Assert.Equal((1L, 2L, 0L), (progress.Stored, progress.DeadLettered, progress.Requeued));
        var failures = broker.Log(BrokerLog.Failures).Select(r => MessageCodec.DecodeFailure(r.Body)).ToList();
        Assert.All(failures, f => Assert.Equal(("RO5003", 1), (f.Code, f.Attempts)));
        Assert.Contains(failures, f => f.Reason.Contains("format 9", StringComparison.Ordinal));
        var listed = new List<FailureRecord>();
        await foreach (var failure in FailureLog.ReadAsync(broker))
        {
            listed.Add(failure);
        }

        Assert.Equal(2, listed.Select(f => f.Source).Distinct().Count()); // told apart by their bytes
    }

    [Fact]
    public async Task Stopping_finishes_the_documents_in_hand_requeues_the_rest_and_loses_nothing()
    {
        var broker = new InMemoryBroker();
        await PublishAsync(broker, Enumerable.Range(0, 200).Select(i => Corpus.Item(i)));
        using var stop = new CancellationTokenSource();

        var first = await WorkAsync(broker, observer: new RecordingWorkerObserver(stop), options: Quick with { IdleExit = null }, stop: stop.Token);

        Assert.InRange(first.Stored, 1, 199);
        Assert.Equal(200 - first.Stored, broker.Waiting); // every message not stored is back in the queue, none held
        var second = await WorkAsync(broker);
        Assert.Equal(200, first.Stored + second.Stored + second.Unchanged);
        using var store = _store.Open();
        Assert.Equal(200, store.Summarize().RowCounts["documents"]);
    }

    private sealed class IgnoringIngestObserver : IIngestObserver
    {
        public void OnFailure(string source, Core.Errors.ReadoutException error)
        {
        }

        public void OnProgress(IngestProgress progress)
        {
        }
    }
}
