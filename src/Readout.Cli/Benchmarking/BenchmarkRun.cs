namespace Readout.Cli.Benchmarking;

/// <summary>What one timed pass of a pipeline over a set of documents measured.</summary>
/// <param name="Threads">How many threads analysed documents at once.</param>
/// <param name="Documents">Documents analysed.</param>
/// <param name="Tokens">Tokens the tokenizer produced over all documents.</param>
/// <param name="Characters">UTF-16 characters of text analysed.</param>
/// <param name="WallSeconds">Elapsed time of the whole pass.</param>
/// <param name="ProcessCpuSeconds">CPU time of the whole process during the pass (every thread, the garbage collector's too).</param>
/// <param name="AllocatedBytes">Bytes allocated during the pass.</param>
/// <param name="Stages">Time per stage, in pipeline order.</param>
internal sealed record BenchmarkRun(
    int Threads,
    long Documents,
    long Tokens,
    long Characters,
    double WallSeconds,
    double ProcessCpuSeconds,
    long AllocatedBytes,
    IReadOnlyList<StageTiming> Stages)
{
    /// <summary>Time inside the stages, summed (wall clock; on several threads, the sum of each thread's).</summary>
    public double StageWallSeconds => Stages.Sum(stage => stage.WallSeconds);

    /// <summary>CPU time inside the stages, summed over stages and threads (0 where not measured).</summary>
    public double StageCpuSeconds => Stages.Sum(stage => stage.CpuSeconds);
}
