using Readout.Core.Errors;

namespace Readout.Distribution.Working;

/// <summary>Told what a worker does, from its writing loop (never concurrently).</summary>
public interface IWorkerObserver
{
    /// <summary>A document failed on its <paramref name="attempt"/>th delivery; <paramref name="deadLettered"/> when given up on.</summary>
    void OnFailure(string source, ReadoutException error, int attempt, bool deadLettered);

    /// <summary>Progress, after every batch.</summary>
    void OnProgress(WorkerProgress progress);

    /// <summary>The broker or the database failed; the worker reconnects after <paramref name="delay"/>.</summary>
    void OnInterrupted(ReadoutException error, TimeSpan delay);
}
