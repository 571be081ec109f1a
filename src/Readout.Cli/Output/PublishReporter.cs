using System.Diagnostics;
using Readout.Core.Errors;
using Readout.Distribution.Publishing;

namespace Readout.Cli.Output;

/// <summary>Reports a publish on standard error: failures and broker retries as they happen, progress every few seconds.</summary>
internal sealed class PublishReporter(CliContext context, long totalBytes) : IPublishObserver
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private long _lastLine = Stopwatch.GetTimestamp();

    public void OnFailure(string source, ReadoutException error) => context.ReportError(source, error);

    public void OnRetry(ReadoutException error, TimeSpan delay) =>
        context.Error.WriteLine($"readout: ingest: {error.ToDisplayString()} (retrying in {delay.TotalSeconds:0.#} s)");

    public void OnProgress(PublishProgress progress)
    {
        if (Stopwatch.GetElapsedTime(_lastLine) < Interval)
        {
            return;
        }

        _lastLine = Stopwatch.GetTimestamp();
        var share = totalBytes > 0 ? $" · {Math.Min(1, (double)progress.InputPosition / totalBytes):P0} of the input" : string.Empty;
        context.Error.WriteLine($"readout: ingest: {progress.Published:N0} published, {progress.Skipped:N0} skipped, {progress.Failed:N0} failed · {progress.DocumentsPerSecond:N0} documents/s{share}");
    }
}
