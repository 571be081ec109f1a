namespace Readout.Cli.Benchmarking;

/// <summary>The time one pipeline stage took over a whole pass, summed over the threads that ran it.</summary>
/// <param name="Name">The component's name.</param>
/// <param name="WallSeconds">Elapsed time inside the stage (on several threads, the sum of each thread's).</param>
/// <param name="CpuSeconds">CPU time of the threads inside the stage, or 0 where the platform does not tell.</param>
internal sealed record StageTiming(string Name, double WallSeconds, double CpuSeconds);
