using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Readout.Extraction;

namespace Readout.Cli.Commands;

/// <summary><c>readout --version</c>: the tool's version and the version of every pipeline stage and model.</summary>
internal sealed class VersionAction(CliContext context) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var assembly = typeof(VersionAction).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        context.Out.WriteLine($"readout {version}");
        foreach (var component in StandardPipeline.Create().Components)
        {
            context.Out.WriteLine($"  {component.Name} {component.Version}");
        }

        return 0;
    }
}
