namespace Readout.Storage.Records;

/// <summary>Row counts per table and a fingerprint of the content, to compare two stores.</summary>
/// <param name="RowCounts">Rows per table, by table name.</param>
/// <param name="Fingerprint">SHA-256 over every document's content hash, pipeline version and contract JSON (in hash order) and every near-duplicate pair.</param>
public sealed record StoreSummary(IReadOnlyDictionary<string, long> RowCounts, string Fingerprint);
