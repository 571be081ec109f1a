using Readout.Distribution.Messages;
using Readout.Distribution.Monitoring;

namespace Readout.Distribution.Tests.Monitoring;

public sealed class RunStatusReaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static int _nextDocument;

    private static RunEvent Event(RunEventKind kind, double seconds, long count = 0, string run = "r1", string reporter = "worker a") =>
        new(run, kind, Start.AddSeconds(seconds))
        {
            Count = count,
            Documents = kind == RunEventKind.Done ? Enumerable.Range(0, (int)count).Select(_ => Interlocked.Increment(ref _nextDocument).ToString("x12", System.Globalization.CultureInfo.InvariantCulture)).ToList() : null,
            Reporter = reporter,
        };

    private static IEnumerable<FailureRecord> Failures(int unreadable, int deadLettered, string run = "r1") =>
        Enumerable.Range(0, unreadable).Select(i => new FailureRecord(run, $"in:{i}", "RO2003", "empty", 0, Start))
            .Concat(Enumerable.Range(0, deadLettered).Select(i => new FailureRecord(run, $"doc:{i}", "RO9001", "a bug", 3, Start) { ContentHash = $"h{i}" }));

    [Fact]
    public void A_run_under_way_shows_what_is_queued_the_rate_of_the_last_minute_and_the_time_left()
    {
        RunEvent[] events =
        [
            Event(RunEventKind.Started, 0, reporter: "publisher"), Event(RunEventKind.Published, 1, 600, reporter: "publisher"),
            Event(RunEventKind.Finished, 2, reporter: "publisher"),
            Event(RunEventKind.Done, 30, 100), Event(RunEventKind.Done, 70, 100, reporter: "worker b"), Event(RunEventKind.Done, 100, 100),
        ];

        var status = Assert.Single(RunStatusReader.Summarise(events, Failures(10, 40), Start.AddSeconds(100)));

        Assert.Equal((600L, 300L, 50L, 260L, false), (status.Published, status.Done, status.Failed, status.Queued, status.IsComplete));
        Assert.Equal(200 / 60.0, status.Rate, 6); // the two events of the last minute
        Assert.Equal(2, status.Workers);
        Assert.Equal(TimeSpan.FromSeconds(260 / (200 / 60.0)), status.Remaining);
    }

    [Fact]
    public void A_document_done_twice_after_a_fault_is_counted_once()
    {
        var done = Event(RunEventKind.Done, 10, 5);
        RunEvent[] events = [Event(RunEventKind.Started, 0), Event(RunEventKind.Published, 1, 6), Event(RunEventKind.Finished, 1), done, done with { At = Start.AddSeconds(12) }];

        var status = Assert.Single(RunStatusReader.Summarise(events, [], Start.AddSeconds(13)));

        Assert.Equal((5L, 1L, false), (status.Done, status.Queued, status.IsComplete));
    }

    [Fact]
    public void A_finished_run_is_complete_with_its_overall_rate_and_runs_are_listed_latest_first()
    {
        RunEvent[] events =
        [
            Event(RunEventKind.Started, 0), Event(RunEventKind.Published, 1, 100), Event(RunEventKind.Finished, 1),
            Event(RunEventKind.Done, 10, 60), Event(RunEventKind.Done, 20, 38),
            Event(RunEventKind.Started, 500, run: "r2"), Event(RunEventKind.Published, 501, 10, run: "r2"),
        ];

        var runs = RunStatusReader.Summarise(events, Failures(5, 2), Start.AddHours(1));

        Assert.Equal(["r2", "r1"], runs.Select(r => r.Run));
        var done = runs[1];
        Assert.True(done.IsComplete);
        Assert.Equal(98 / 20.0, done.Rate, 6);
        Assert.Null(done.Remaining);
        Assert.False(runs[0].PublishingFinished);
        Assert.Equal((10L, 0.0, (TimeSpan?)null), (runs[0].Queued, runs[0].Rate, runs[0].Remaining));
    }
}
