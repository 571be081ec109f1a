namespace Readout.Distribution.RabbitMq;

/// <summary>The broker objects of one work queue: the queue, its dead-letter exchange and the two logs (streams).</summary>
/// <param name="Work">The quorum queue of document messages.</param>
internal sealed record QueueNames(string Work)
{
    /// <summary>The fanout exchange the work queue dead-letters into; bound to the failure log.</summary>
    public string DeadLetters => Work + ".dead-letters";

    /// <summary>The stream of failure records and dead-lettered messages.</summary>
    public string Failures => Work + ".failures";

    /// <summary>The stream of run events.</summary>
    public string Progress => Work + ".progress";

    /// <summary>The stream behind <paramref name="log"/>.</summary>
    public string Of(BrokerLog log) => log == BrokerLog.Failures ? Failures : Progress;
}
