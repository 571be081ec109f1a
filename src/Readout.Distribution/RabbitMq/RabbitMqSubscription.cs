using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Readout.Distribution.RabbitMq;

/// <summary>A consumer on the work queue over its own channel, with manual acknowledgements and a prefetch limit.</summary>
internal sealed class RabbitMqSubscription : IWorkSubscription
{
    private readonly IChannel _channel;
    private readonly RabbitMqBroker _broker;
    private readonly Channel<WorkDelivery> _deliveries = Channel.CreateUnbounded<WorkDelivery>(new UnboundedChannelOptions { SingleWriter = true });
    private string? _consumerTag;
    private volatile bool _stopping;
    private volatile bool _lost;

    private RabbitMqSubscription(IChannel channel, RabbitMqBroker broker)
    {
        _channel = channel;
        _broker = broker;
    }

    public ChannelReader<WorkDelivery> Deliveries => _deliveries.Reader;

    public bool IsLost => _lost;

    public static async Task<RabbitMqSubscription> StartAsync(IConnection connection, RabbitMqBroker broker, string queue, int prefetch, CancellationToken cancellation)
    {
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellation);
        var subscription = new RabbitMqSubscription(channel, broker);
        try
        {
            await channel.BasicQosAsync(0, (ushort)Math.Clamp(prefetch, 1, ushort.MaxValue), global: false, cancellation);
            channel.ChannelShutdownAsync += subscription.OnShutdownAsync;
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += subscription.OnReceivedAsync;
            subscription._consumerTag = await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellation);
            return subscription;
        }
        catch
        {
            await subscription.DisposeAsync();
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellation = default) => _broker.GuardAsync(async () =>
    {
        _stopping = true;
        if (_consumerTag is { } tag && _channel.IsOpen)
        {
            await _channel.BasicCancelAsync(tag, noWait: false, cancellation);
        }

        _deliveries.Writer.TryComplete();
        return true;
    });

    public Task AcknowledgeAsync(WorkDelivery delivery, CancellationToken cancellation = default) =>
        _broker.GuardAsync(async () =>
        {
            await _channel.BasicAckAsync(delivery.Tag, multiple: false, cancellation);
            return true;
        });

    public Task RequeueAsync(WorkDelivery delivery, CancellationToken cancellation = default) =>
        _broker.GuardAsync(async () =>
        {
            await _channel.BasicNackAsync(delivery.Tag, multiple: false, requeue: true, cancellation);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        _deliveries.Writer.TryComplete();
        try
        {
            // Closing the channel returns every unacknowledged delivery to the queue.
            if (_channel.IsOpen)
            {
                await _channel.CloseAsync();
            }
        }
        catch (Exception exception) when (RabbitMqBroker.IsConnectionFailure(exception))
        {
            // Already gone: the broker requeues what was unacknowledged.
        }

        _channel.Dispose();
    }

    private Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        // The body is only valid during this call: copy it.
        var attempt = RabbitMqHeaders.Integer(delivery.BasicProperties.Headers, RabbitMqHeaders.DeliveryCount) + 1;
        _deliveries.Writer.TryWrite(new WorkDelivery(delivery.Body.ToArray(), attempt, delivery.DeliveryTag));
        return Task.CompletedTask;
    }

    private Task OnShutdownAsync(object sender, ShutdownEventArgs reason)
    {
        if (!_stopping)
        {
            _lost = true;
        }

        _deliveries.Writer.TryComplete();
        return Task.CompletedTask;
    }
}
