namespace Readout.Storage.Ingestion;

/// <summary>How an ingest runs.</summary>
public sealed record IngestOptions
{
    /// <summary>Worker threads analysing documents (default: one per core).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents per transaction: larger is faster, smaller loses less work to a kill.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>A partial batch is written once it is this old, so a slow input still commits steadily.</summary>
    public TimeSpan MaxBatchAge { get; init; } = TimeSpan.FromSeconds(2);
}
