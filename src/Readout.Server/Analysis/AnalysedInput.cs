using Readout.Core.Documents;
using Readout.Storage.Records;

namespace Readout.Server.Analysis;

/// <summary>One document read from a request body and analysed, with what the input said about it.</summary>
/// <param name="Document">The analysed document.</param>
/// <param name="Metadata">External id, URL, byline, outlet and format, for storing it.</param>
internal sealed record AnalysedInput(Document Document, DocumentMetadata Metadata);
