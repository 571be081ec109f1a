namespace Readout.Distribution;

/// <summary>One record read from a <see cref="BrokerLog"/>.</summary>
/// <param name="Body">The bytes.</param>
/// <param name="DeadLetterReason">For a work message the broker itself dead-lettered into the failure log: why (e.g. "delivery_limit"); else null.</param>
/// <param name="DeliveryCount">For such a message: how many times it had been delivered.</param>
public sealed record LogRecord(byte[] Body, string? DeadLetterReason = null, int DeliveryCount = 0);
