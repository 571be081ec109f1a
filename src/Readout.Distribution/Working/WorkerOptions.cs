namespace Readout.Distribution.Working;

/// <summary>How a worker runs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Documents analysed in parallel (default: one per core).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents per database transaction; their messages are acknowledged after it commits.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Unacknowledged messages the broker hands this worker at a time; 0 means two batches plus one per thread.</summary>
    /// <remarks>Enough to keep every thread busy while a batch commits; more only hoards work other workers could do.</remarks>
    public int Prefetch { get; init; }

    /// <summary>Deliveries of a failing document before it is dead-lettered (a malformed message is at once).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>A partial batch is written once it is this old.</summary>
    public TimeSpan MaxBatchAge { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Stop once nothing has arrived for this long and the queue is empty (null: run until stopped).</summary>
    public TimeSpan? IdleExit { get; init; }

    /// <summary>The prefetch actually asked for.</summary>
    public int EffectivePrefetch => Prefetch > 0 ? Prefetch : BatchSize * 2 + Threads;
}
