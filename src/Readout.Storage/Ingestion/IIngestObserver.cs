using Readout.Core.Errors;

namespace Readout.Storage.Ingestion;

/// <summary>Told what an ingest does, on the thread that writes (never concurrently).</summary>
public interface IIngestObserver
{
    /// <summary>A document was skipped for <paramref name="error"/>.</summary>
    void OnFailure(string source, ReadoutException error);

    /// <summary>Progress, after every batch and a few times a second.</summary>
    void OnProgress(IngestProgress progress);
}
