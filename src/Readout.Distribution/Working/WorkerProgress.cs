namespace Readout.Distribution.Working;

/// <summary>What a worker has done since it started.</summary>
/// <param name="Stored">Documents analysed and written for the first time.</param>
/// <param name="Replaced">Documents re-analysed because the pipeline changed.</param>
/// <param name="Unchanged">Documents already stored by this pipeline version (redelivered, or published twice): nothing written.</param>
/// <param name="DeadLettered">Documents given up on and put in the failure log.</param>
/// <param name="Requeued">Failed deliveries sent back to be tried again.</param>
/// <param name="Elapsed">Time since the worker started.</param>
/// <param name="Writing">Time the writing loop spent in the database (batches and near-duplicate settling).</param>
/// <param name="Messaging">Time the writing loop spent on the broker (logging failures and progress, acknowledging).</param>
public readonly record struct WorkerProgress(long Stored, long Replaced, long Unchanged, long DeadLettered, long Requeued, TimeSpan Elapsed, TimeSpan Writing, TimeSpan Messaging)
{
    /// <summary>Documents finished, whatever the outcome.</summary>
    public long Done => Stored + Replaced + Unchanged + DeadLettered;

    /// <summary>Documents finished per second.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Done / Elapsed.TotalSeconds;
}
