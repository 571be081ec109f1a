using Readout.Core.Documents;
using Readout.Storage.Records;

namespace Readout.Storage.Ingestion;

/// <summary>A loaded, not yet analysed document and what its input said about it.</summary>
/// <param name="Document">The document (text, source, title, publication date).</param>
/// <param name="Metadata">External id, URL, byline, outlet, format.</param>
public sealed record IngestDocument(Document Document, DocumentMetadata Metadata);
