using System.Runtime.InteropServices;

namespace Readout.Cli.Benchmarking;

/// <summary>The CPU time the calling thread has used, where the platform tells it (Linux); else nothing.</summary>
/// <remarks>
/// On a machine shared with other work the wall clock also counts the time a thread waited for a core; the thread's
/// own CPU time does not, so stage timings stay comparable between a quiet and a busy machine.
/// </remarks>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>True when <see cref="Nanoseconds"/> measures thread CPU time.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The calling thread's CPU time in nanoseconds (0 when not available).</summary>
    public static long Nanoseconds()
    {
        if (!IsAvailable || ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeClock, out _) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the generated marshaller would need unsafe code in this project.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
