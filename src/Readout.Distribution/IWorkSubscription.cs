using System.Threading.Channels;

namespace Readout.Distribution;

/// <summary>Work messages arriving for one consumer; each must be acknowledged (done) or requeued (to be tried again).</summary>
public interface IWorkSubscription : IAsyncDisposable
{
    /// <summary>The deliveries; completes when the subscription is stopped or the connection is lost.</summary>
    ChannelReader<WorkDelivery> Deliveries { get; }

    /// <summary>True once the connection was lost: unacknowledged deliveries are redelivered to another consumer.</summary>
    bool IsLost { get; }

    /// <summary>Asks the broker for no more deliveries; those already received can still be acknowledged or requeued.</summary>
    Task StopAsync(CancellationToken cancellation = default);

    /// <summary>The delivery is done: the broker forgets it.</summary>
    Task AcknowledgeAsync(WorkDelivery delivery, CancellationToken cancellation = default);

    /// <summary>The delivery goes back to the queue, to be delivered again (its attempt count grows).</summary>
    Task RequeueAsync(WorkDelivery delivery, CancellationToken cancellation = default);
}
