namespace Readout.Distribution.RabbitMq;

/// <summary>The broker objects of one work queue: the queue, its dead-letter exchange and queue, and the two logs (streams).</summary>
/// <param name="Work">The quorum queue of document messages.</param>
internal sealed record QueueNames(string Work)
{
    /// <summary>The fanout exchange the work queue dead-letters into, and the classic queue bound to it (same name).</summary>
    /// <remarks>RabbitMQ 3.10 does not dead-letter a quorum queue's messages into a stream, so they wait here until moved to the failure log.</remarks>
    public string DeadLetters => Work + ".dead-letters";

    /// <summary>The stream of failure records and dead-lettered messages.</summary>
    public string Failures => Work + ".failures";

    /// <summary>The stream of run events.</summary>
    public string Progress => Work + ".progress";

    /// <summary>The stream behind <paramref name="log"/>.</summary>
    public string Of(BrokerLog log) => log == BrokerLog.Failures ? Failures : Progress;
}
