namespace Readout.Storage.Ingestion;

/// <summary>Where an ingest stands.</summary>
/// <param name="Ingested">Documents analysed and written for the first time.</param>
/// <param name="Replaced">Documents re-analysed because the pipeline changed.</param>
/// <param name="Duplicates">Documents skipped because the same text is already stored (or was already read in this run).</param>
/// <param name="Failed">Documents that could not be read, analysed or written.</param>
/// <param name="InputPosition">Bytes of the inputs read so far.</param>
/// <param name="Elapsed">Time since the ingest started.</param>
public readonly record struct IngestProgress(long Ingested, long Replaced, long Duplicates, long Failed, long InputPosition, TimeSpan Elapsed)
{
    /// <summary>Documents dealt with, whatever the outcome.</summary>
    public long Done => Ingested + Replaced + Duplicates + Failed;

    /// <summary>Documents dealt with per second.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Done / Elapsed.TotalSeconds;
}
