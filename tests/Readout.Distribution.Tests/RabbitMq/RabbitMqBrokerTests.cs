using System.Text;
using Readout.Core.Errors;
using Readout.Distribution.Messages;
using Readout.Distribution.Monitoring;
using Readout.Distribution.Publishing;
using Readout.Distribution.RabbitMq;
using Readout.Distribution.Working;
using Readout.Extraction;

namespace Readout.Distribution.Tests.RabbitMq;

/// <summary>The RabbitMQ broker against a real server (skipped without one).</summary>
public sealed class RabbitMqBrokerTests
{
    [Fact]
    public void An_address_that_is_not_an_amqp_url_is_refused_without_showing_its_password()
    {
        var error = Assert.Throws<ReadoutException>(() => RabbitMqBroker.Create("http://user:secret@host/"));
        Assert.Equal(ErrorCodes.BrokerAddressInvalid, error.Code);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Equal("amqp://user:***@host:5672/vhost", RabbitMqBroker.Create("amqp://user:secret@host:5672/vhost").Address);
    }

    [Fact]
    public async Task A_queue_not_running_after_a_restart_is_worth_retrying_and_a_missing_queue_is_not()
    {
        await using var broker = RabbitMqBroker.Create("amqp://guest:guest@127.0.0.1:1/");
        static Func<Task<int>> Refusal(string text) =>
            () => throw new RabbitMQ.Client.Exceptions.OperationInterruptedException(
                new RabbitMQ.Client.Events.ShutdownEventArgs(RabbitMQ.Client.ShutdownInitiator.Peer, 404, text));

        var restarting = await Assert.ThrowsAsync<ReadoutException>(() => broker.GuardAsync(Refusal(
            "NOT_FOUND - home node 'rabbit@host' of durable queue 'work.failures' in vhost 'news' is down or inaccessible")));
        Assert.Equal(ErrorCodes.BrokerUnavailable, restarting.Code);

        var missing = await Assert.ThrowsAsync<ReadoutException>(() => broker.GuardAsync(Refusal("NOT_FOUND - no queue 'work' in vhost 'news'")));
        Assert.Equal(ErrorCodes.BrokerRefused, missing.Code);
    }

    [Fact]
    public async Task An_unreachable_broker_is_a_coded_error()
    {
        await using var broker = RabbitMqBroker.Create("amqp://guest:guest@127.0.0.1:1/");
        var error = await Assert.ThrowsAsync<ReadoutException>(() => broker.CountWaitingAsync());
        Assert.Equal(ErrorCodes.BrokerUnavailable, error.Code);
    }

    [RabbitMqFact]
    public async Task Messages_are_delivered_until_acknowledged_and_a_requeued_one_comes_back_with_its_attempt_counted()
    {
        await using var broker = RabbitMqFactAttribute.Broker(out _);
        try
        {
            await broker.PublishAsync([new OutgoingMessage("a", "first"u8.ToArray()), new OutgoingMessage("b", "second"u8.ToArray())]);
            Assert.Equal(2, await broker.CountWaitingAsync());
            await using var subscription = await broker.SubscribeAsync(prefetch: 10);
            var first = await subscription.Deliveries.ReadAsync();
            var second = await subscription.Deliveries.ReadAsync();
            Assert.Equal(("first", 1), (Encoding.UTF8.GetString(first.Body), first.Attempt));

            await subscription.RequeueAsync(first);
            var again = await subscription.Deliveries.ReadAsync();
            Assert.Equal(("first", 2), (Encoding.UTF8.GetString(again.Body), again.Attempt));
            await subscription.AcknowledgeAsync(again);
            await subscription.AcknowledgeAsync(second);
            Assert.Equal(0, await broker.CountWaitingAsync());
        }
        finally
        {
            await broker.DeleteQueuesAsync();
        }
    }

    [RabbitMqFact]
    public async Task The_broker_dead_letters_a_document_no_worker_ever_acknowledges_and_failures_lists_it()
    {
        await using var broker = RabbitMqFactAttribute.Broker(out _);
        try
        {
            var message = new DocumentMessage("r1", "crashes-workers.html", "A text that kills every worker.");
            await broker.PublishAsync([new OutgoingMessage("x", MessageCodec.Encode(message))]);

            // A worker that dies holding it, again and again: its channel closes without an acknowledgement.
            var attempts = new List<int>();
            while (attempts.Count <= RabbitMqBroker.DeliveryLimit + 1)
            {
                await using var subscription = await broker.SubscribeAsync(prefetch: 1);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                try
                {
                    attempts.Add((await subscription.Deliveries.ReadAsync(wait.Token)).Attempt);
                }
                catch (OperationCanceledException)
                {
                    break; // dead-lettered: nothing left to deliver
                }
            }

            Assert.Equal(Enumerable.Range(1, RabbitMqBroker.DeliveryLimit + 1), attempts);
            var failures = new List<FailureRecord>();
            await foreach (var failure in FailureLog.ReadAsync(broker))
            {
                failures.Add(failure);
            }

            var dead = Assert.Single(failures);
            Assert.Equal(("r1", "crashes-workers.html", "RO5004"), (dead.Run, dead.Source, dead.Code));
            Assert.Equal(0, await broker.CountWaitingAsync());
        }
        finally
        {
            await broker.DeleteQueuesAsync();
        }
    }

    [RabbitMqFact]
    public async Task A_log_is_read_from_the_start_every_time_without_being_consumed()
    {
        await using var broker = RabbitMqFactAttribute.Broker(out _);
        try
        {
            await broker.AppendAsync(BrokerLog.Progress, ["one"u8.ToArray(), "two"u8.ToArray()]);
            for (var read = 0; read < 2; read++)
            {
                var records = new List<string>();
                await foreach (var record in broker.ReadAsync(BrokerLog.Progress))
                {
                    records.Add(Encoding.UTF8.GetString(record.Body));
                }

                Assert.Equal(["one", "two"], records);
            }
        }
        finally
        {
            await broker.DeleteQueuesAsync();
        }
    }

    [RabbitMqFact]
    public async Task A_published_run_is_worked_off_into_the_store_and_reported_complete()
    {
        await using var broker = RabbitMqFactAttribute.Broker(out _);
        using var store = new TemporaryStore();
        try
        {
            var items = Enumerable.Range(0, 40).Select(i => Corpus.Item(i)).Append(Corpus.Unreadable("bad.jsonl:9"));
            await new DocumentPublisher(broker, new PublishOptions { BatchSize = 16 }).RunAsync(items, new HashSet<string>(), new RecordingPublishObserver());

            var options = new WorkerOptions { Threads = 2, BatchSize = 8, IdleExit = TimeSpan.FromMilliseconds(500) };
            var progress = await new DocumentWorker(broker, store.Open, StandardPipeline.Create(), options).RunAsync(new RecordingWorkerObserver());

            Assert.Equal(40, progress.Stored);
            using var opened = store.Open();
            Assert.Equal(40, opened.Summarize().RowCounts["documents"]);
            var status = Assert.Single(await RunStatusReader.ReadAsync(broker));
            Assert.Equal((40L, 40L, 1L, true), (status.Published, status.Done, status.Failed, status.IsComplete));
        }
        finally
        {
            await broker.DeleteQueuesAsync();
        }
    }
}
