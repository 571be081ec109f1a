using Readout.Core.Documents;
using Readout.Distribution.Messages;
using Readout.Distribution.Publishing;
using Readout.Testing;

namespace Readout.Distribution.Tests.Publishing;

public sealed class DocumentPublisherTests
{
    private static readonly PublishOptions Options = new() { Threads = 2, BatchSize = 4, RetryFor = TimeSpan.FromMinutes(1) };

    [Fact]
    public async Task Each_new_text_is_published_once_and_unreadable_inputs_go_to_the_failure_log()
    {
        var broker = new InMemoryBroker();
        var stored = Document.ContentHash(SyntheticNews.Article(4).Text);
        var items = Enumerable.Range(0, 10).Select(i => Corpus.Item(i)).Append(Corpus.Item(3)).Append(Corpus.Unreadable("bad.jsonl:5"));
        var observer = new RecordingPublishObserver();

        var progress = await new DocumentPublisher(broker, Options).RunAsync(items, new HashSet<string> { stored }, observer);

        Assert.Equal((9L, 2L, 1L), (progress.Published, progress.Skipped, progress.Failed));
        Assert.Equal(9, broker.Waiting);
        Assert.Equal(["bad.jsonl:5 RO2003"], observer.Failures);
        var failure = MessageCodec.DecodeFailure(Assert.Single(broker.Log(BrokerLog.Failures)).Body);
        Assert.Equal((Options.Run, "bad.jsonl:5", "RO2003", 0), (failure.Run, failure.Source, failure.Code, failure.Attempts));
        var events = broker.Log(BrokerLog.Progress).Select(r => MessageCodec.DecodeRunEvent(r.Body)).ToList();
        Assert.Equal(RunEventKind.Started, events[0].Kind);
        Assert.Equal((RunEventKind.Finished, 9L, 2L), (events[^1].Kind, events[^1].Count, events[^1].Skipped));
        Assert.Equal(9, events.Where(e => e.Kind == RunEventKind.Published).Sum(e => e.Count));
    }

    [Fact]
    public async Task A_message_carries_the_document_as_the_input_gave_it()
    {
        var broker = new InMemoryBroker();
        await new DocumentPublisher(broker, Options).RunAsync([Corpus.Item(7)], new HashSet<string>(), new RecordingPublishObserver());
        await using var subscription = await broker.SubscribeAsync(1);
        var delivery = await subscription.Deliveries.ReadAsync();

        var message = MessageCodec.DecodeDocument(delivery.Body);
        var (title, text, published) = SyntheticNews.Article(7);
        Assert.Equal((Options.Run, "corpus.jsonl:8", text, title, published, "s7", "jsonl"), (message.Run, message.Source, message.Text, message.Title, message.Published, message.ExternalId, message.Format));
    }

    [Fact]
    public async Task A_broker_restart_while_publishing_is_waited_out_and_nothing_is_lost()
    {
        var broker = new InMemoryBroker { FailPublishes = 2 };
        var observer = new RecordingPublishObserver();

        var progress = await new DocumentPublisher(broker, Options).RunAsync(Enumerable.Range(0, 10).Select(i => Corpus.Item(i)), new HashSet<string>(), observer);

        Assert.Equal(["RO5001", "RO5001"], observer.Retries);
        Assert.Equal(10, progress.Published);
        Assert.Equal(10, broker.Waiting);
    }
}
