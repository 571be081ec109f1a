namespace Readout.Storage.Ingestion;

/// <summary>One document to ingest: where it comes from and how to load it (on a worker thread).</summary>
/// <param name="Source">The path, record or line, as used in error lines.</param>
/// <param name="InputPosition">Bytes of all inputs read when the item was found (for progress and the ETA).</param>
/// <param name="Load">Loads the text and metadata; throws <see cref="Core.Errors.ReadoutException"/> with the reason it cannot.</param>
public sealed record IngestItem(string Source, long InputPosition, Func<IngestDocument> Load);
