using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Readout.Core.Errors;
using Readout.Distribution;

namespace Readout.Distribution.Tests;

/// <summary>
/// A broker in memory with RabbitMQ's semantics as Readout uses them: prefetch, acknowledgements, requeue with a
/// delivery count, a delivery limit that dead-letters into the failure log, and logs read without being consumed.
/// </summary>
public sealed class InMemoryBroker(int deliveryLimit = 10) : IWorkBroker
{
    private readonly object _lock = new();
    private readonly LinkedList<Message> _queue = new();
    private readonly List<LogRecord> _failures = [];
    private readonly List<LogRecord> _progress = [];
    private Subscription? _subscription;
    private ulong _nextTag;

    public string Address => "memory://";

    /// <summary>The next this many publishes fail as if the broker were restarting.</summary>
    public int FailPublishes { get; set; }

    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    public IReadOnlyList<LogRecord> Log(BrokerLog log)
    {
        lock (_lock)
        {
            return (log == BrokerLog.Failures ? _failures : _progress).ToList();
        }
    }

    public Task PublishAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellation = default)
    {
        lock (_lock)
        {
            if (FailPublishes > 0)
            {
                FailPublishes--;
                throw new ReadoutException(ErrorCodes.BrokerUnavailable, "memory://: restarting");
            }

            foreach (var message in messages)
            {
                _queue.AddLast(new Message(message.Body, 0));
            }

            Pump();
        }

        return Task.CompletedTask;
    }

    public Task AppendAsync(BrokerLog log, IReadOnlyList<byte[]> records, CancellationToken cancellation = default)
    {
        lock (_lock)
        {
            (log == BrokerLog.Failures ? _failures : _progress).AddRange(records.Select(r => new LogRecord(r)));
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<LogRecord> ReadAsync(BrokerLog log, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        foreach (var record in Log(log))
        {
            await Task.Yield();
            yield return record;
        }
    }

    public Task<long> CountWaitingAsync(CancellationToken cancellation = default) => Task.FromResult((long)Waiting);

    public Task<IWorkSubscription> SubscribeAsync(int prefetch, CancellationToken cancellation = default)
    {
        lock (_lock)
        {
            _subscription = new Subscription(this, prefetch);
            Pump();
            return Task.FromResult<IWorkSubscription>(_subscription);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // Callers hold _lock.
    private void Pump()
    {
        var subscription = _subscription;
        while (subscription is { Stopped: false } && subscription.Unacknowledged.Count < subscription.Prefetch && _queue.First is { } first)
        {
            _queue.RemoveFirst();
            var tag = ++_nextTag;
            subscription.Unacknowledged[tag] = first.Value;
            subscription.Writer.TryWrite(new WorkDelivery(first.Value.Body, first.Value.Deliveries + 1, tag));
        }
    }

    // Callers hold _lock.
    private void Return(Message message)
    {
        var returned = message with { Deliveries = message.Deliveries + 1 };
        if (returned.Deliveries >= deliveryLimit)
        {
            _failures.Add(new LogRecord(returned.Body, "delivery_limit", returned.Deliveries));
        }
        else
        {
            _queue.AddFirst(returned);
        }
    }

    private sealed record Message(byte[] Body, int Deliveries);

    private sealed class Subscription(InMemoryBroker broker, int prefetch) : IWorkSubscription
    {
        private readonly Channel<WorkDelivery> _deliveries = Channel.CreateUnbounded<WorkDelivery>();

        public int Prefetch { get; } = prefetch;

        public bool Stopped { get; private set; }

        public Dictionary<ulong, Message> Unacknowledged { get; } = [];

        public ChannelWriter<WorkDelivery> Writer => _deliveries.Writer;

        public ChannelReader<WorkDelivery> Deliveries => _deliveries.Reader;

        public bool IsLost => false;

        public Task StopAsync(CancellationToken cancellation = default)
        {
            lock (broker._lock)
            {
                Stopped = true;
                _deliveries.Writer.TryComplete();
            }

            return Task.CompletedTask;
        }

        public Task AcknowledgeAsync(WorkDelivery delivery, CancellationToken cancellation = default)
        {
            lock (broker._lock)
            {
                Unacknowledged.Remove(delivery.Tag);
                broker.Pump();
            }

            return Task.CompletedTask;
        }

        public Task RequeueAsync(WorkDelivery delivery, CancellationToken cancellation = default)
        {
            lock (broker._lock)
            {
                if (Unacknowledged.Remove(delivery.Tag, out var message))
                {
                    broker.Return(message);
                }

                broker.Pump();
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            lock (broker._lock)
            {
                // Like a closed channel: everything unacknowledged goes back.
                Stopped = true;
                _deliveries.Writer.TryComplete();
                foreach (var message in Unacknowledged.Values)
                {
                    broker.Return(message);
                }

                Unacknowledged.Clear();
                if (broker._subscription == this)
                {
                    broker._subscription = null;
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
