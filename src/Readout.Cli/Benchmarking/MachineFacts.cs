using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Readout.Cli.Benchmarking;

/// <summary>What a benchmark figure depends on besides the code: the processor, the cores, the load from other work, the build.</summary>
/// <param name="Processor">The processor's model name, where the platform tells it.</param>
/// <param name="Cores">Logical processors available to the process.</param>
/// <param name="LoadAverage">The one-minute load average (Linux), or null.</param>
/// <param name="Runtime">The .NET runtime.</param>
/// <param name="Optimized">False for a Debug build, whose figures mean little.</param>
internal sealed record MachineFacts(string? Processor, int Cores, double? LoadAverage, string Runtime, bool Optimized)
{
    /// <summary>The facts now.</summary>
    public static MachineFacts Now() => new(
        ProcessorName(),
        Environment.ProcessorCount,
        OneMinuteLoad(),
        RuntimeInformation.FrameworkDescription,
        Assembly.GetExecutingAssembly().GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true);

    private static double? OneMinuteLoad()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static string? ProcessorName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
