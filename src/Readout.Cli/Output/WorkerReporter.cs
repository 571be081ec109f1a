using System.Diagnostics;
using Readout.Core.Errors;
using Readout.Distribution.Working;

namespace Readout.Cli.Output;

/// <summary>Reports a worker on standard error: failures and interruptions as they happen, progress every few seconds.</summary>
internal sealed class WorkerReporter(CliContext context) : IWorkerObserver
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly object _lock = new();
    private long _lastLine = Stopwatch.GetTimestamp();

    public void OnFailure(string source, ReadoutException error, int attempt, bool deadLettered)
    {
        var fate = deadLettered ? "dead-lettered" : "requeued";
        Write($"readout: {source}: {error.ToDisplayString()} (attempt {attempt}, {fate})");
    }

    public void OnInterrupted(ReadoutException error, TimeSpan delay) =>
        Write($"readout: worker: {error.ToDisplayString()} (reconnecting in {delay.TotalSeconds:0.#} s)");

    public void OnProgress(WorkerProgress progress)
    {
        if (Stopwatch.GetElapsedTime(_lastLine) < Interval)
        {
            return;
        }

        _lastLine = Stopwatch.GetTimestamp();
        Write($"readout: worker: {progress.Stored + progress.Replaced:N0} stored, {progress.Unchanged:N0} unchanged, {progress.DeadLettered:N0} dead-lettered · {progress.DocumentsPerSecond:N0} documents/s");
    }

    // Lines may come from the signal handler's thread too.
    private void Write(string line)
    {
        lock (_lock)
        {
            context.Error.WriteLine(line);
        }
    }
}
