using System.Diagnostics;
using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Cli.Benchmarking;

/// <summary>Times a pipeline over documents held in memory, stage by stage, on one or several threads.</summary>
/// <remarks>
/// Documents are handed out in order from one counter, so every thread stays busy until the set is done. Each stage is
/// timed with the wall clock and with the thread's CPU clock; reading and decoding the inputs is not part of the pass.
/// </remarks>
internal static class PipelineBenchmark
{
    /// <summary>Analyses every document once on <paramref name="threads"/> threads and reports the timings.</summary>
    public static BenchmarkRun Run(Pipeline pipeline, IReadOnlyList<Func<Document>> documents, int threads)
    {
        var stageCount = pipeline.Components.Length;
        var workers = new Worker[threads];
        for (var t = 0; t < threads; t++)
        {
            workers[t] = new Worker(pipeline, documents, stageCount);
        }

        var next = new StrongBox(-1);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = ProcessCpuSeconds();
        var started = Stopwatch.GetTimestamp();
        if (threads == 1)
        {
            workers[0].Run(next);
        }
        else
        {
            var running = workers.Select(worker => new Thread(() => worker.Run(next)) { IsBackground = true, Name = "bench worker" }).ToList();
            running.ForEach(thread => thread.Start());
            running.ForEach(thread => thread.Join());
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = ProcessCpuSeconds() - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var stages = new List<StageTiming>(stageCount);
        for (var s = 0; s < stageCount; s++)
        {
            var stageWall = workers.Sum(w => Stopwatch.GetElapsedTime(0, w.WallTicks[s]).TotalSeconds);
            var stageCpu = workers.Sum(w => w.CpuNanoseconds[s]) / 1e9;
            stages.Add(new StageTiming(pipeline.Components[s].Name, stageWall, stageCpu));
        }

        return new BenchmarkRun(threads, workers.Sum(w => w.Documents), workers.Sum(w => w.Tokens), workers.Sum(w => w.Characters), wall, cpu, allocated, stages);
    }

    private static double ProcessCpuSeconds()
    {
        var usage = Environment.CpuUsage;
        return (usage.UserTime + usage.PrivilegedTime).TotalSeconds;
    }

    private sealed class StrongBox(int value)
    {
        public int Value = value;
    }

    private sealed class Worker(Pipeline pipeline, IReadOnlyList<Func<Document>> documents, int stageCount)
    {
        public long[] WallTicks { get; } = new long[stageCount];

        public long[] CpuNanoseconds { get; } = new long[stageCount];

        public long Documents { get; private set; }

        public long Tokens { get; private set; }

        public long Characters { get; private set; }

        public void Run(StrongBox next)
        {
            var components = pipeline.Components;
            int index;
            while ((index = Interlocked.Increment(ref next.Value)) < documents.Count)
            {
                var document = documents[index]();
                for (var s = 0; s < components.Length; s++)
                {
                    var cpu = ThreadCpuClock.Nanoseconds();
                    var wall = Stopwatch.GetTimestamp();
                    components[s].Process(document);
                    WallTicks[s] += Stopwatch.GetTimestamp() - wall;
                    CpuNanoseconds[s] += ThreadCpuClock.Nanoseconds() - cpu;
                }

                Documents++;
                Tokens += document.Tokens.Count;
                Characters += document.Text.Length;
            }
        }
    }
}
