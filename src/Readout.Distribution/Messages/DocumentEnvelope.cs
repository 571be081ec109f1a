namespace Readout.Distribution.Messages;

/// <summary>The wire form of a <see cref="DocumentMessage"/>: the message under a format version, so a reader can refuse a newer one.</summary>
/// <param name="Version">The message format version (<see cref="MessageCodec.DocumentVersion"/>).</param>
/// <param name="Document">The document.</param>
internal sealed record DocumentEnvelope(int Version, DocumentMessage? Document);
