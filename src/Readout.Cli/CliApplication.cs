using System.CommandLine;
using Readout.Cli.Commands;

namespace Readout.Cli;

/// <summary>The <c>readout</c> command tree.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        return root.Parse(args).Invoke(configuration);
    }

    /// <summary>Builds the command tree writing to <paramref name="context"/>.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Readout reads diplomacy and conflict news into attributed quotes, actors and coded political events.")
        {
            ExtractCommand.Create(context),
            EvalCommand.Create(context),
            TrainCommand.Create(context),
            KbCommand.Create(context),
            IngestCommand.Create(context),
            QueryCommand.Create(context),
            ExportCommand.Create(context),
            ServeCommand.Create(context),
            ParseCommand.Create(context),
            BenchCommand.Create(context),
            DictCommand.Create(context),
            ExplainCommand.Create(context),
            WorkerCommand.Create(context),
            StatusCommand.Create(context),
            FailuresCommand.Create(context),
        };

        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction(context);
            }
        }

        return root;
    }
}
