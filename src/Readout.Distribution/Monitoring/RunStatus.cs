namespace Readout.Distribution.Monitoring;

/// <summary>Where one run stands across the publisher and every worker.</summary>
/// <param name="Run">The run id.</param>
/// <param name="Started">When the publisher started it.</param>
/// <param name="PublishingFinished">True once every input was listed, so <see cref="Published"/> is the total.</param>
/// <param name="Published">Documents published.</param>
/// <param name="Skipped">Documents the publisher skipped (already stored, or repeated).</param>
/// <param name="Done">Documents analysed, stored and acknowledged by workers (each counted once, whatever redeliveries).</param>
/// <param name="Unreadable">Inputs the publisher could not read (never published).</param>
/// <param name="DeadLettered">Published documents given up on: failed every attempt, malformed, or past the broker's delivery limit.</param>
/// <param name="Rate">Documents done per second over the last minute (over the whole run once it is over).</param>
/// <param name="Workers">Workers that reported in the last minute.</param>
/// <param name="LastActivity">The latest event of the run.</param>
public sealed record RunStatus(
    string Run,
    DateTimeOffset Started,
    bool PublishingFinished,
    long Published,
    long Skipped,
    long Done,
    long Unreadable,
    long DeadLettered,
    double Rate,
    int Workers,
    DateTimeOffset LastActivity)
{
    /// <summary>Documents that failed: unreadable inputs and dead-lettered documents.</summary>
    public long Failed => Unreadable + DeadLettered;

    /// <summary>Published documents neither done nor dead-lettered yet: waiting in the queue or being analysed.</summary>
    public long Queued => Math.Max(0, Published - Done - DeadLettered);

    /// <summary>True once publishing finished and every published document is done or dead-lettered.</summary>
    public bool IsComplete => PublishingFinished && Queued == 0;

    /// <summary>Time left at the current rate; null when nothing is moving (or nothing is left).</summary>
    public TimeSpan? Remaining => Queued > 0 && Rate > 0 ? TimeSpan.FromSeconds(Queued / Rate) : null;
}
