namespace Readout.Server.Responses;

/// <summary>What <c>POST /api/ingest</c> stored.</summary>
/// <param name="Documents">One entry per document found in the request.</param>
public sealed record IngestResponse(IReadOnlyList<IngestedDocument> Documents);
