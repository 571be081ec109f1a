namespace Readout.Cli;

/// <summary>Where a command reads and writes: the process's console, or buffers in tests.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OpenStandardInput">Opens standard input (for "-").</param>
/// <param name="IsTerminal">True when standard output is an interactive terminal (progress bars, colours).</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, bool IsTerminal)
{
    /// <summary>The process console.</summary>
    public static CliContext FromConsole()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliContext(output, error, Console.OpenStandardInput, !Console.IsOutputRedirected);
    }

    /// <summary>Writes one error line naming the input and the reason, the contract's error format.</summary>
    public void ReportError(string input, Core.Errors.ReadoutException error) =>
        Error.WriteLine($"readout: {input}: {error.ToDisplayString()}");
}
