namespace Readout.Distribution;

/// <summary>
/// What Readout needs from a message broker: a durable work queue with confirmed publishing, acknowledged consumption
/// and a delivery count; and two append-only logs (failures, progress) that can be read without consuming them.
/// </summary>
/// <remarks>
/// RabbitMQ implements it (<see cref="RabbitMq.RabbitMqBroker"/>); another broker with these guarantees could. Every
/// method may throw <see cref="Core.Errors.ReadoutException"/> with BrokerUnavailable (the connection was lost: retry
/// later) or BrokerRefused. One instance is used by one caller at a time, except that a subscription's deliveries are
/// read by several threads.
/// </remarks>
public interface IWorkBroker : IAsyncDisposable
{
    /// <summary>The broker's address with the password hidden, for messages.</summary>
    string Address { get; }

    /// <summary>Publishes persistent work messages; returns once the broker has confirmed every one.</summary>
    Task PublishAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellation = default);

    /// <summary>Starts receiving work messages, at most <paramref name="prefetch"/> unacknowledged at a time.</summary>
    Task<IWorkSubscription> SubscribeAsync(int prefetch, CancellationToken cancellation = default);

    /// <summary>Appends records to a log; returns once the broker has confirmed them.</summary>
    Task AppendAsync(BrokerLog log, IReadOnlyList<byte[]> records, CancellationToken cancellation = default);

    /// <summary>Every record of a log, oldest first, up to the moment of the call; the log is left as it is.</summary>
    IAsyncEnumerable<LogRecord> ReadAsync(BrokerLog log, CancellationToken cancellation = default);

    /// <summary>Work messages waiting for a worker (not counting those being worked on).</summary>
    Task<long> CountWaitingAsync(CancellationToken cancellation = default);
}
