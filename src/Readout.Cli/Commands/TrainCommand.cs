using System.CommandLine;

namespace Readout.Cli.Commands;

/// <summary><c>readout train …</c>: trains Readout's models from the shared data; each subcommand writes a model and its manifest.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train a model from ../shared/data (deterministic for a given seed).");
        command.Subcommands.Add(TrainSentencesCommand.Create(context));
        command.Subcommands.Add(TrainTaggerCommand.Create(context));
        command.Subcommands.Add(TrainLemmatizerCommand.Create(context));
        command.Subcommands.Add(TrainParserCommand.Create(context));
        command.Subcommands.Add(TrainFeaturesCommand.Create(context));
        command.Subcommands.Add(TrainClustersCommand.Create(context));
        command.Subcommands.Add(TrainNerCommand.Create(context));
        return command;
    }
}
