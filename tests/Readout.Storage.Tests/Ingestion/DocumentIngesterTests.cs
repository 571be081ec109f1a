using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Extraction;
using Readout.Storage.Ingestion;
using Readout.Storage.Records;
using Readout.Storage.Tests.Contract;
using Readout.Testing;

namespace Readout.Storage.Tests.Ingestion;

public sealed class DocumentIngesterTests
{
    private static IngestItem Item(int index, long position = 0)
    {
        var (title, text, published) = SyntheticNews.Article(index);
        return new IngestItem($"story-{index}", position, () => new IngestDocument(new Document(text, $"story-{index}") { Title = title, Published = published }, new DocumentMetadata(Format: "text")));
    }

    private static IngestItem Failing(string source, ErrorCode code) =>
        new(source, 0, () => throw new ReadoutException(code, "made to fail"));

    private static IngestSummary Run(IDocumentStore store, IEnumerable<IngestItem> items, RecordingObserver? observer = null, int batchSize = 7, Pipeline? pipeline = null) =>
        new DocumentIngester(store, pipeline ?? StandardPipeline.Create(), new IngestOptions { Threads = 2, BatchSize = batchSize }).Run(items, observer ?? new RecordingObserver());

    [Fact]
    public void Every_document_is_analysed_and_stored_once()
    {
        using var test = new TestStore("sqlite");
        using var store = test.Open();
        var summary = Run(store, Enumerable.Range(0, 40).Select(i => Item(i)));
        Assert.Equal(40, summary.Progress.Ingested);
        var counts = store.Summarize().RowCounts;
        Assert.Equal(40, counts["documents"]);
        Assert.True(counts["sentences"] >= 40 * 5);
    }

    [Fact]
    public void Ingesting_again_is_a_no_op_and_the_same_text_twice_in_one_run_counts_as_a_duplicate()
    {
        using var test = new TestStore("sqlite");
        using var store = test.Open();
        Run(store, Enumerable.Range(0, 10).Select(i => Item(i)).Append(Item(3)));
        var before = store.Summarize();
        var again = Run(store, Enumerable.Range(0, 10).Select(i => Item(i)));
        Assert.Equal((0L, 10L), (again.Progress.Ingested, again.Progress.Duplicates));
        Assert.Equal(before.Fingerprint, store.Summarize().Fingerprint);
    }

    [Fact]
    public void A_changed_pipeline_version_re_analyses_what_is_stored()
    {
        using var test = new TestStore("sqlite");
        using var store = test.Open();
        Run(store, Enumerable.Range(0, 5).Select(i => Item(i)));
        var tokenizerOnly = PipelineBuilder.Empty.Add(new Readout.Nlp.Tokenization.RuleTokenizer()).Build();
        var summary = Run(store, Enumerable.Range(0, 5).Select(i => Item(i)), pipeline: tokenizerOnly);
        Assert.Equal((0L, 5L), (summary.Progress.Ingested, summary.Progress.Replaced));
        Assert.Equal(5, store.AnalysedHashes(tokenizerOnly.Version).Count);
        Assert.Equal(0, store.Summarize().RowCounts["sentences"]);
    }

    [Fact]
    public void A_bad_document_is_reported_with_its_reason_and_the_others_are_stored()
    {
        using var test = new TestStore("sqlite");
        using var store = test.Open();
        var observer = new RecordingObserver();
        var items = new[] { Item(1), Failing("broken.warc#3", ErrorCodes.InputMalformed), Item(2), Failing("empty.html", ErrorCodes.NoArticleText), Item(3) };
        var summary = Run(store, items, observer);
        Assert.Equal((3L, 2L), (summary.Progress.Ingested, summary.Progress.Failed));
        Assert.Equal(["broken.warc#3 RO2009", "empty.html RO2010"], observer.Failures.Order(StringComparer.Ordinal));
        Assert.Equal(1, summary.FailuresByCode["RO2009"]);
    }

    [Fact]
    public void A_component_that_throws_fails_that_document_only()
    {
        using var test = new TestStore("sqlite");
        using var store = test.Open();
        var pipeline = PipelineBuilder.Empty.Add(new Readout.Nlp.Tokenization.RuleTokenizer()).Add(new ThrowsOnWord("Karesh")).Build();
        var items = Enumerable.Range(0, 30).Select(i => Item(i)).ToList();
        var expectedFailures = items.Count(i => i.Load().Document.Text.Contains("Karesh", StringComparison.Ordinal));
        var observer = new RecordingObserver();
        var summary = Run(store, items, observer, pipeline: pipeline);
        Assert.True(expectedFailures > 0);
        Assert.Equal(expectedFailures, summary.Progress.Failed);
        Assert.All(observer.Failures, f => Assert.EndsWith("RO9001", f, StringComparison.Ordinal));
        Assert.Equal(30 - expectedFailures, summary.Progress.Ingested);
    }

    [Fact]
    public void Progress_reports_the_input_position()
    {
        using var test = new TestStore("sqlite");
        using var store = test.Open();
        var observer = new RecordingObserver();
        Run(store, Enumerable.Range(0, 5).Select(i => Item(i, position: (i + 1) * 100)), observer);
        Assert.Equal(500, observer.Last.InputPosition);
        Assert.Equal(5, observer.Last.Done);
    }

    private sealed class RecordingObserver : IIngestObserver
    {
        public List<string> Failures { get; } = [];

        public IngestProgress Last { get; private set; }

        public void OnFailure(string source, ReadoutException error) => Failures.Add($"{source} {error.Code.Code}");

        public void OnProgress(IngestProgress progress) => Last = progress;
    }
}
