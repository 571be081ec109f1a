namespace Readout.Storage.Records;

/// <summary>A stored document as read back: its identity, what the input said about it and its contract JSON.</summary>
/// <param name="ContentHash">SHA-256 of the text, lower-case hex: the document's id.</param>
/// <param name="PipelineVersion">The <c>Pipeline.Version</c> that analysed it.</param>
/// <param name="Metadata">External id, URL, byline, outlet and format.</param>
/// <param name="IngestedAt">When it was stored (ISO 8601, UTC).</param>
/// <param name="ContractJson">The contract JSON (docs/contract.md) without tokens, exactly as stored.</param>
public sealed record DocumentRecord(string ContentHash, string PipelineVersion, DocumentMetadata Metadata, string IngestedAt, string ContractJson);
