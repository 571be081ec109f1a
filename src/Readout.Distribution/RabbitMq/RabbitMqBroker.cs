using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using Readout.Core.Errors;

namespace Readout.Distribution.RabbitMq;

/// <summary>
/// The broker on RabbitMQ: the work queue is a quorum queue (durable, replicated, with a delivery limit whose overflow
/// is dead-lettered), the failure and progress logs are streams (append-only, read from the start without consuming).
/// What the broker dead-letters waits in a classic queue and is moved into the failure log whenever the log is read.
/// Publishing waits for publisher confirms; messages are persistent.
/// </summary>
/// <remarks>
/// Connects on first use and again after a lost connection (the next call reconnects; no automatic recovery, so a
/// delivery never outlives its channel). Declares its queues on every connection; declaring is idempotent.
/// </remarks>
public sealed class RabbitMqBroker : IWorkBroker
{
    /// <summary>Deliveries without an acknowledgement after which the broker dead-letters a message itself (workers died on it).</summary>
    public const int DeliveryLimit = 10;

    /// <summary>The work queue's name when none is given.</summary>
    public const string DefaultQueue = "readout";

    private const string DocumentType = "application/vnd.readout.document+json";

    private static readonly TimeSpan LogReadTimeout = TimeSpan.FromSeconds(30);

    private readonly ConnectionFactory _factory;
    private readonly QueueNames _names;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _publisher;

    private RabbitMqBroker(ConnectionFactory factory, string address, QueueNames names)
    {
        _factory = factory;
        Address = address;
        _names = names;
    }

    public string Address { get; }

    /// <summary>A broker at <paramref name="address"/> (amqp://user:password@host:port/vhost) for the work queue <paramref name="queue"/>; connects on first use.</summary>
    /// <param name="address">The AMQP URL.</param>
    /// <param name="queue">The work queue; its logs are named after it (<c>queue.failures</c>, <c>queue.progress</c>).</param>
    /// <param name="clientName">How this process shows in the broker's connection list.</param>
    /// <exception cref="ReadoutException">BrokerAddressInvalid.</exception>
    public static RabbitMqBroker Create(string address, string queue = DefaultQueue, string clientName = "readout")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        var factory = new ConnectionFactory
        {
            Uri = RabbitMqAddress.Parse(address),
            ClientProvidedName = clientName,
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedHeartbeat = TimeSpan.FromSeconds(30),
        };
        return new RabbitMqBroker(factory, RabbitMqAddress.Redact(address), new QueueNames(queue));
    }

    public Task PublishAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return PublishAllAsync(_names.Work, messages.Select(m => (m.Body, new BasicProperties
        {
            Persistent = true,
            MessageId = m.Id,
            ContentType = DocumentType,
        })).ToList(), cancellation);
    }

    public Task AppendAsync(BrokerLog log, IReadOnlyList<byte[]> records, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return PublishAllAsync(_names.Of(log), records.Select(r => (r, new BasicProperties { Persistent = true, ContentType = "application/json" })).ToList(), cancellation);
    }

    public async Task<IWorkSubscription> SubscribeAsync(int prefetch, CancellationToken cancellation = default) =>
        await GuardAsync(async () => await RabbitMqSubscription.StartAsync(await ConnectionAsync(cancellation), this, _names.Work, prefetch, cancellation));

    public async IAsyncEnumerable<LogRecord> ReadAsync(BrokerLog log, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        if (log == BrokerLog.Failures)
        {
            await MoveDeadLettersAsync(cancellation);
        }

        // A stream has no "end": append a marker first and read until it comes back.
        var marker = Guid.NewGuid().ToString("N");
        var stream = _names.Of(log);
        await PublishAllAsync(stream, [([], new BasicProperties { Headers = new Dictionary<string, object?> { [RabbitMqHeaders.EndMarker] = marker } })], cancellation);
        var records = Channel.CreateUnbounded<LogRecord>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });
        var channel = await GuardAsync(async () => await (await ConnectionAsync(cancellation)).CreateChannelAsync(cancellationToken: cancellation));
        try
        {
            await GuardAsync(async () =>
            {
                await channel.BasicQosAsync(0, 1000, global: false, cancellation);
                var consumer = new AsyncEventingBasicConsumer(channel);
                consumer.ReceivedAsync += async (_, delivery) =>
                {
                    var headers = delivery.BasicProperties.Headers;
                    if (RabbitMqHeaders.Text(headers, RabbitMqHeaders.EndMarker) is { } seen)
                    {
                        if (seen == marker)
                        {
                            records.Writer.TryComplete();
                        }
                    }
                    else
                    {
                        records.Writer.TryWrite(new LogRecord(
                            delivery.Body.ToArray(),
                            RabbitMqHeaders.Text(headers, RabbitMqHeaders.FirstDeathReason),
                            RabbitMqHeaders.Integer(headers, RabbitMqHeaders.DeliveryCount)));
                    }

                    // Streams need acknowledgements to keep granting credit.
                    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
                };
                channel.ChannelShutdownAsync += (_, reason) =>
                {
                    records.Writer.TryComplete(new ReadoutException(ErrorCodes.BrokerUnavailable, $"{Address}: {reason.ReplyText}"));
                    return Task.CompletedTask;
                };
                var arguments = new Dictionary<string, object?> { ["x-stream-offset"] = "first" };
                return await channel.BasicConsumeAsync(stream, autoAck: false, consumerTag: string.Empty, noLocal: false, exclusive: false, arguments, consumer, cancellation);
            });

            while (await WaitForRecordAsync(records.Reader, stream, cancellation))
            {
                while (records.Reader.TryRead(out var record))
                {
                    yield return record;
                }
            }
        }
        finally
        {
            await CloseQuietlyAsync(channel);
        }
    }

    public Task<long> CountWaitingAsync(CancellationToken cancellation = default) => GuardAsync(async () =>
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            var channel = await PublisherAsync(cancellation);
            return (long)await channel.MessageCountAsync(_names.Work, cancellation);
        }
        finally
        {
            _gate.Release();
        }
    });

    /// <summary>Deletes the work queue, its logs and its dead-letter exchange (for tests and teardown).</summary>
    public Task DeleteQueuesAsync(CancellationToken cancellation = default) => GuardAsync(async () =>
    {
        await using var channel = await (await ConnectionAsync(cancellation)).CreateChannelAsync(cancellationToken: cancellation);
        foreach (var queue in new[] { _names.Work, _names.DeadLetters, _names.Failures, _names.Progress })
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false, cancellationToken: cancellation);
        }

        await channel.ExchangeDeleteAsync(_names.DeadLetters, ifUnused: false, cancellationToken: cancellation);
        return true;
    });

    public async ValueTask DisposeAsync()
    {
        if (_publisher is not null)
        {
            await CloseQuietlyAsync(_publisher);
        }

        if (_connection is not null)
        {
            try
            {
                await _connection.CloseAsync();
            }
            catch (Exception exception) when (IsConnectionFailure(exception))
            {
                // Already closed.
            }

            _connection.Dispose();
        }

        _gate.Dispose();
    }

    /// <summary>True for the exceptions that mean the connection or channel is gone (retry after reconnecting).</summary>
    internal static bool IsConnectionFailure(Exception exception) =>
        exception is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or ConnectFailureException
            or IOException or SocketException or ObjectDisposedException or TimeoutException;

    /// <summary>
    /// True for RabbitMQ's NOT_FOUND about a queue that exists but is not running ("home node 'rabbit@host' of durable
    /// queue 'q' in vhost 'v' is down or inaccessible"), which a broker restart causes for a moment.
    /// </summary>
    internal static bool IsQueueNotRunning(string? replyText) =>
        replyText is not null && replyText.Contains("is down or inaccessible", StringComparison.Ordinal);

    /// <summary>Runs a broker call, turning client exceptions into coded errors.</summary>
    internal async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (PublishException exception)
        {
            throw new ReadoutException(ErrorCodes.BrokerRefused, $"{Address}: {(exception.IsReturn ? "the message could not be routed to a queue" : "the broker did not confirm the message")}", exception);
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason is { Initiator: ShutdownInitiator.Peer, ReplyCode: 404 } reason && IsQueueNotRunning(reason.ReplyText))
        {
            // Just after a broker restart a durable queue exists but its process has not started: retry, do not give up.
            throw new ReadoutException(ErrorCodes.BrokerUnavailable, $"{Address}: {reason.ReplyText}", exception);
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason is { Initiator: ShutdownInitiator.Peer, ReplyCode: 403 or 404 or 406 } reason)
        {
            throw new ReadoutException(ErrorCodes.BrokerRefused, $"{Address}: {reason.ReplyText}", exception);
        }
        catch (Exception exception) when (IsConnectionFailure(exception))
        {
            var inner = exception.InnerException is { } cause ? $" ({cause.Message})" : string.Empty;
            throw new ReadoutException(ErrorCodes.BrokerUnavailable, $"{Address}: {exception.Message}{inner}", exception);
        }
    }

    // Moves what the work queue dead-lettered into the failure log, keeping the headers that say why; each message is
    // acknowledged only once the log confirmed its copy.
    private Task MoveDeadLettersAsync(CancellationToken cancellation) => GuardAsync(async () =>
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            var channel = await PublisherAsync(cancellation);
            while (await channel.BasicGetAsync(_names.DeadLetters, autoAck: false, cancellation) is { } dead)
            {
                var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var name in new[] { RabbitMqHeaders.FirstDeathReason, RabbitMqHeaders.DeliveryCount })
                {
                    if (dead.BasicProperties.Headers?.TryGetValue(name, out var value) == true)
                    {
                        headers[name] = value;
                    }
                }

                var copy = new BasicProperties { Persistent = true, ContentType = dead.BasicProperties.ContentType, MessageId = dead.BasicProperties.MessageId, Headers = headers };
                await channel.BasicPublishAsync(string.Empty, _names.Failures, mandatory: true, copy, dead.Body, cancellation);
                await channel.BasicAckAsync(dead.DeliveryTag, multiple: false, cancellation);
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    });

    // A stream that stops answering (a restarting node) must not hang a reader: give up after a while without records.
    private async Task<bool> WaitForRecordAsync(ChannelReader<LogRecord> records, string stream, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(LogReadTimeout);
        try
        {
            return await records.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new ReadoutException(ErrorCodes.BrokerUnavailable, $"{Address}: the log {stream} did not answer within {LogReadTimeout.TotalSeconds:0} s");
        }
    }

    private async Task PublishAllAsync(string routingKey, List<(byte[] Body, BasicProperties Properties)> messages, CancellationToken cancellation)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await GuardAsync(async () =>
        {
            await _gate.WaitAsync(cancellation);
            try
            {
                var channel = await PublisherAsync(cancellation);
                // Issued back to back, confirmed together: one round trip per batch, not per message.
                var confirms = new List<Task>(messages.Count);
                foreach (var (body, properties) in messages)
                {
                    confirms.Add(channel.BasicPublishAsync(string.Empty, routingKey, mandatory: true, properties, body, cancellation).AsTask());
                }

                await Task.WhenAll(confirms);
                return true;
            }
            finally
            {
                _gate.Release();
            }
        });
    }

    // Callers hold _gate.
    private async Task<IChannel> PublisherAsync(CancellationToken cancellation)
    {
        if (_publisher is { IsOpen: true } open)
        {
            return open;
        }

        var connection = await ConnectionAsync(cancellation);
        if (_publisher is not null)
        {
            await CloseQuietlyAsync(_publisher);
        }

        _publisher = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellation);
        return _publisher;
    }

    private async Task<IConnection> ConnectionAsync(CancellationToken cancellation)
    {
        var current = _connection;
        if (current is { IsOpen: true })
        {
            return current;
        }

        if (current is not null)
        {
            current.Dispose();
        }

        var connection = await _factory.CreateConnectionAsync(cancellation);
        try
        {
            await DeclareAsync(connection, cancellation);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _connection = connection;
        return connection;
    }

    private async Task DeclareAsync(IConnection connection, CancellationToken cancellation)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellation);
        await channel.ExchangeDeclareAsync(_names.DeadLetters, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellation);
        await channel.QueueDeclareAsync(_names.DeadLetters, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellation);
        await channel.QueueBindAsync(_names.DeadLetters, _names.DeadLetters, string.Empty, cancellationToken: cancellation);
        await channel.QueueDeclareAsync(_names.Failures, durable: true, exclusive: false, autoDelete: false, Stream("30D"), cancellationToken: cancellation);
        await channel.QueueDeclareAsync(_names.Progress, durable: true, exclusive: false, autoDelete: false, Stream("7D"), cancellationToken: cancellation);
        var work = new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = DeliveryLimit,
            ["x-dead-letter-exchange"] = _names.DeadLetters,
        };
        await channel.QueueDeclareAsync(_names.Work, durable: true, exclusive: false, autoDelete: false, work, cancellationToken: cancellation);
        await channel.CloseAsync(cancellation);
    }

    private static Dictionary<string, object?> Stream(string maxAge) => new() { ["x-queue-type"] = "stream", ["x-max-age"] = maxAge };

    private static async Task CloseQuietlyAsync(IChannel channel)
    {
        try
        {
            if (channel.IsOpen)
            {
                await channel.CloseAsync();
            }
        }
        catch (Exception exception) when (IsConnectionFailure(exception))
        {
            // Already closed with its connection.
        }

        channel.Dispose();
    }
}
