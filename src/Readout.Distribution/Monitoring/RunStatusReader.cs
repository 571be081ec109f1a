using Readout.Core.Errors;
using Readout.Distribution.Messages;

namespace Readout.Distribution.Monitoring;

/// <summary>Adds up the progress log and the failure log into the status of each run.</summary>
public static class RunStatusReader
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Every run the logs still hold, latest first.</summary>
    /// <exception cref="ReadoutException">BrokerUnavailable.</exception>
    public static async Task<IReadOnlyList<RunStatus>> ReadAsync(IWorkBroker broker, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var events = new List<RunEvent>();
        await foreach (var record in broker.ReadAsync(BrokerLog.Progress, cancellation))
        {
            try
            {
                events.Add(MessageCodec.DecodeRunEvent(record.Body));
            }
            catch (ReadoutException)
            {
                // Not an event this version reads.
            }
        }

        var failures = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var failure in FailureLog.ReadAsync(broker, cancellation))
        {
            failures[failure.Run] = failures.GetValueOrDefault(failure.Run) + 1;
        }

        return Summarise(events, failures, DateTimeOffset.UtcNow);
    }

    /// <summary>The status of each run in <paramref name="events"/>, latest first, as of <paramref name="now"/>.</summary>
    public static IReadOnlyList<RunStatus> Summarise(IEnumerable<RunEvent> events, IReadOnlyDictionary<string, long> failuresByRun, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(failuresByRun);
        return events
            .Where(e => !string.IsNullOrEmpty(e.Run))
            .GroupBy(e => e.Run, StringComparer.Ordinal)
            .Select(run => Summarise(run.Key, run.ToList(), failuresByRun.GetValueOrDefault(run.Key), now))
            .OrderByDescending(s => s.Started)
            .ThenByDescending(s => s.Run, StringComparer.Ordinal)
            .ToList();
    }

    private static RunStatus Summarise(string run, List<RunEvent> events, long failed, DateTimeOffset now)
    {
        var started = events.Where(e => e.Kind == RunEventKind.Started).Select(e => e.At).DefaultIfEmpty(events.Min(e => e.At)).Min();
        var finished = events.Any(e => e.Kind == RunEventKind.Finished);
        var published = events.Where(e => e.Kind == RunEventKind.Published).Sum(e => e.Count);
        var skipped = events.Where(e => e.Kind == RunEventKind.Published).Sum(e => e.Skipped);
        var done = events.Where(e => e.Kind == RunEventKind.Done).ToList();
        var doneCount = done.Sum(e => e.Count);
        var recent = done.Where(e => e.At >= now - Window).ToList();
        var last = events.Max(e => e.At);
        double rate;
        if (recent.Count > 0)
        {
            // Over the last minute, or since the first document was done if the run is younger.
            var since = Math.Max(1, (now - Max(now - Window, done.Min(e => e.At))).TotalSeconds);
            rate = recent.Sum(e => e.Count) / since;
        }
        else
        {
            var span = done.Count == 0 ? 0 : (done.Max(e => e.At) - started).TotalSeconds;
            rate = span > 0 ? doneCount / span : 0;
            rate = finished && published - doneCount - failed <= 0 ? rate : 0;
        }

        var workers = recent.Select(e => e.Reporter).Distinct(StringComparer.Ordinal).Count();
        return new RunStatus(run, started, finished, published, skipped, doneCount, failed, rate, workers, last);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
