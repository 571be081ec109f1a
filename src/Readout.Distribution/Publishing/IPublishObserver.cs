using Readout.Core.Errors;

namespace Readout.Distribution.Publishing;

/// <summary>Told what a publish does, on the publishing thread.</summary>
public interface IPublishObserver
{
    /// <summary>An input could not be read; it is recorded in the failure log.</summary>
    void OnFailure(string source, ReadoutException error);

    /// <summary>Progress, after every batch.</summary>
    void OnProgress(PublishProgress progress);

    /// <summary>The broker failed; publishing is retried after <paramref name="delay"/>.</summary>
    void OnRetry(ReadoutException error, TimeSpan delay);
}
