using System.Diagnostics;
using Readout.Core.Errors;
using Readout.Storage.Ingestion;

namespace Readout.Cli.Output;

/// <summary>Reports an ingest as plain lines on standard error (logs, pipes, CI): a progress line every few seconds.</summary>
internal sealed class PlainIngestReporter(CliContext context, long totalBytes) : IIngestObserver
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private long _lastLine = Stopwatch.GetTimestamp();

    public void OnFailure(string source, ReadoutException error) => context.ReportError(source, error);

    public void OnProgress(IngestProgress progress)
    {
        if (Stopwatch.GetElapsedTime(_lastLine) < Interval)
        {
            return;
        }

        _lastLine = Stopwatch.GetTimestamp();
        context.Error.WriteLine($"readout: ingest: {IngestText.Counts(progress)} · {progress.DocumentsPerSecond:N0} documents/s{IngestText.Remaining(progress, totalBytes)}");
    }
}
