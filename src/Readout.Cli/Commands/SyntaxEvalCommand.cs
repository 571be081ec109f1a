using System.CommandLine;
using Readout.Core.Processing;
using Readout.Evaluation.Corpora;
using Readout.Evaluation.Syntax;

namespace Readout.Cli.Commands;

/// <summary>The options and action shared by <c>readout eval tag</c> and <c>readout eval parse</c>.</summary>
internal static class SyntaxEvalCommand
{
    public static Command Create(CliContext context, string name, string description, Func<IReadOnlyList<IComponent>> components)
    {
        var (data, split, json) = EvalCommand.CommonOptions();
        var subset = new Option<string>("--subset")
        {
            Description = "GUM only: dep-open (default) or dep-nc (evaluation-only documents).",
            DefaultValueFactory = _ => "dep-open",
        };
        subset.AcceptOnlyFromAmong("dep-open", "dep-nc");
        var genre = new Option<string?>("--genre") { Description = "GUM only: score the documents of one genre (news, interview…)." };
        var showErrors = new Option<bool>("--show-errors") { Description = "List every wrong tag, lemma and arc on standard error (gold tokenization)." };
        var command = new Command(name, description) { data, split, json, subset, genre, showErrors };
        command.SetAction(parse => EvalCommand.Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () =>
            {
                var files = Treebank.Files(parse.GetValue(data)!, parse.GetValue(split)!, parse.GetValue(subset)!, parse.GetValue(genre));
                var report = SyntaxEvaluator.Evaluate(name, files, components(), endToEnd: true, parse.GetValue(showErrors) ? context.Error : null);
                return report.Fact("data", parse.GetValue(data)!).Fact("split", parse.GetValue(split)!);
            }));
        return command;
    }
}
