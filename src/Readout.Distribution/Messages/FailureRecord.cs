namespace Readout.Distribution.Messages;

/// <summary>A document that could not be ingested, as kept in the broker's failure log and listed by <c>readout failures</c>.</summary>
/// <param name="Run">The ingest run it belongs to (empty when unknown: a message that could not be read).</param>
/// <param name="Source">The path, record or line it came from (or the message id).</param>
/// <param name="Code">The stable error code (RO2003, RO5003, RO9001…).</param>
/// <param name="Reason">Why, in one line.</param>
/// <param name="Attempts">How many times it was delivered to workers (0 when the publisher could not read it).</param>
/// <param name="At">When it was given up on.</param>
public sealed record FailureRecord(string Run, string Source, string Code, string Reason, int Attempts, DateTimeOffset At)
{
    /// <summary>The SHA-256 of its text, when known.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Who gave up on it: the publisher, a worker (host and process id), or the broker.</summary>
    public string? Reporter { get; init; }
}
