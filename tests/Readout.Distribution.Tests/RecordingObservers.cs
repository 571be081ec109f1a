using Readout.Core.Errors;
using Readout.Distribution.Publishing;
using Readout.Distribution.Working;

namespace Readout.Distribution.Tests;

/// <summary>Remembers what a worker reported; can stop it at its first batch.</summary>
public sealed class RecordingWorkerObserver(CancellationTokenSource? stopAtFirstBatch = null) : IWorkerObserver
{
    public List<string> Failures { get; } = [];

    public List<string> Interruptions { get; } = [];

    public void OnFailure(string source, ReadoutException error, int attempt, bool deadLettered) =>
        Failures.Add($"{source} {error.Code.Code} attempt {attempt}{(deadLettered ? " dead-lettered" : string.Empty)}");

    public void OnInterrupted(ReadoutException error, TimeSpan delay) => Interruptions.Add(error.Code.Code);

    public void OnProgress(WorkerProgress progress)
    {
        if (progress.Done > 0)
        {
            stopAtFirstBatch?.Cancel();
        }
    }
}

/// <summary>Remembers what a publisher reported.</summary>
public sealed class RecordingPublishObserver : IPublishObserver
{
    public List<string> Failures { get; } = [];

    public List<string> Retries { get; } = [];

    public void OnFailure(string source, ReadoutException error) => Failures.Add($"{source} {error.Code.Code}");

    public void OnProgress(PublishProgress progress)
    {
    }

    public void OnRetry(ReadoutException error, TimeSpan delay) => Retries.Add(error.Code.Code);
}
