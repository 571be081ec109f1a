namespace Readout.Distribution;

/// <summary>A work message to publish.</summary>
/// <param name="Id">Its id (the content hash of a document), kept by the broker for tracing and deduplication.</param>
/// <param name="Body">The bytes.</param>
public sealed record OutgoingMessage(string Id, byte[] Body);
