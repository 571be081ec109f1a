namespace Readout.Distribution.Messages;

/// <summary>One step of a run, appended to the broker's progress log; <c>readout status</c> adds them up.</summary>
/// <param name="Run">The run: a time-ordered id the publisher chooses.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When (the reporter's clock).</param>
public sealed record RunEvent(string Run, RunEventKind Kind, DateTimeOffset At)
{
    /// <summary>Documents published (Published) or done (Done) since the reporter's previous event.</summary>
    public long Count { get; init; }

    /// <summary>Documents the publisher skipped since its previous event: already stored by this pipeline version, or repeated.</summary>
    public long Skipped { get; init; }

    /// <summary>For Done: the documents (<see cref="ShortId"/> of their content hash), so a document redelivered after a fault is counted once.</summary>
    public IReadOnlyList<string>? Documents { get; init; }

    /// <summary>Who reports: the publisher or a worker (host and process id).</summary>
    public string? Reporter { get; init; }

    /// <summary>The first 12 hex digits (48 bits) of a content hash: unique enough within a run of millions, a fifth of the size.</summary>
    public static string ShortId(string contentHash) => contentHash.Length > 12 ? contentHash[..12] : contentHash;
}
