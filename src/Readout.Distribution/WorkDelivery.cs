namespace Readout.Distribution;

/// <summary>One work message as delivered to a consumer.</summary>
/// <param name="Body">The message bytes (a copy the consumer owns).</param>
/// <param name="Attempt">1 on first delivery, then one more for each redelivery (requeue, or a consumer that died holding it).</param>
/// <param name="Tag">The broker's handle to acknowledge or requeue it.</param>
public sealed record WorkDelivery(byte[] Body, int Attempt, ulong Tag);
