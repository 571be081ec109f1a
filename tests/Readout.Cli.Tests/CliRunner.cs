using System.Text;

namespace Readout.Cli.Tests;

/// <summary>Runs the CLI in process with captured output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(string[] args, string? standardInput = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? string.Empty)), IsTerminal: false);
        var exit = CliApplication.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }
}
