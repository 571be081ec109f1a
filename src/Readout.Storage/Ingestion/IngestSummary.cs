namespace Readout.Storage.Ingestion;

/// <summary>What an ingest did.</summary>
/// <param name="Progress">The final counts and elapsed time.</param>
/// <param name="NearDuplicateLinks">Near-duplicate pairs linked.</param>
/// <param name="FailuresByCode">Failed documents per error code.</param>
public sealed record IngestSummary(IngestProgress Progress, long NearDuplicateLinks, IReadOnlyDictionary<string, long> FailuresByCode);
