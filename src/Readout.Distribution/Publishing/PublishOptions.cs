namespace Readout.Distribution.Publishing;

/// <summary>How a run is published.</summary>
public sealed record PublishOptions
{
    /// <summary>The run's id; a new time-ordered one by default.</summary>
    public string Run { get; init; } = NewRun();

    /// <summary>Threads loading documents (decoding, HTML extraction) in parallel.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Messages published per round of publisher confirms.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Publishing pauses while more than this many messages wait in the queue, so a huge input does not flood the broker.</summary>
    public long MaxWaiting { get; init; } = 100_000;

    /// <summary>How long to keep retrying when the broker is unavailable before giving up.</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A run id: UTC time to the second and four random hex digits (sortable, unique enough across publishers).</summary>
    public static string NewRun() =>
        $"{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}-{Random.Shared.Next(0x10000):x4}";
}
