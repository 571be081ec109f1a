using System.CommandLine;
using Readout.Core.Errors;
using Readout.Evaluation.Baselines;
using Readout.Evaluation.Reporting;
using Readout.Evaluation.Tokenization;
using Readout.Nlp.Sentences;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout eval …</c>: scores against gold data. Every subcommand prints a table, or with <c>--json</c> one JSON
/// object on the last line of standard output.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score Readout against gold-standard data (a table, or one JSON line with --json).");
        command.Subcommands.Add(Tokenize(context));
        command.Subcommands.Add(EvalQuotesCommand.Create(context));
        command.Subcommands.Add(EvalKbCommand.Create(context));
        command.Subcommands.Add(EvalTagCommand.Create(context));
        command.Subcommands.Add(EvalParseCommand.Create(context));
        command.Subcommands.Add(EvalEventsCommand.Create(context));
        command.Subcommands.Add(Check(context));
        command.Subcommands.Add(EvalHtmlCommand.Create(context));
        command.Subcommands.Add(EvalNerCommand.Create(context));
        command.Subcommands.Add(EvalCorefCommand.Create(context));
        command.Subcommands.Add(EvalEntitiesCommand.Create(context));
        return command;
    }

    /// <summary>A <c>--date</c> value (YYYY-MM-DD), or null when the option was not given.</summary>
    /// <exception cref="ReadoutException">RO1006 when the value is not a date.</exception>
    internal static DateOnly? DateOf(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date
        : throw new ReadoutException(ErrorCodes.InvalidOption, $"--date: '{value}' is not a date (YYYY-MM-DD)");

    /// <summary>The options every evaluation shares.</summary>
    internal static (Option<string> Data, Option<string> Split, Option<bool> Json) CommonOptions(bool dataRequired = true, string? defaultData = null)
    {
        var data = new Option<string>("--data")
        {
            Description = "The gold data directory.",
            Required = dataRequired && defaultData is null,
        };
        if (defaultData is not null)
        {
            data.DefaultValueFactory = _ => defaultData;
        }

        var split = new Option<string>("--split") { Description = "The split to score (test or dev).", DefaultValueFactory = _ => "test" };
        split.AcceptOnlyFromAmong("test", "dev", "train");
        var json = new Option<bool>("--json") { Description = "Print one JSON object on the last line instead of a table." };
        return (data, split, json);
    }

    /// <summary>Runs an evaluation and prints its report in the shared convention; errors become one coded line.</summary>
    internal static int Report(CliContext context, string what, bool json, Func<EvaluationReport> evaluate)
    {
        try
        {
            evaluate().Write(context.Out, json);
            return 0;
        }
        catch (ReadoutException error)
        {
            context.ReportError(what, error);
            return 1;
        }
    }

    private static Command Tokenize(CliContext context)
    {
        var (data, split, json) = CommonOptions();
        var showErrors = new Option<bool>("--show-errors") { Description = "List every missed gold token and sentence on standard error." };
        var rules = new Option<bool>("--rules") { Description = "Score the rule sentence splitter instead of the learned one." };
        var command = new Command("tokenize", "Token, word and sentence precision/recall/F1 against a UD treebank (CoNLL 2018 definitions).")
        {
            data, split, json, showErrors, rules,
        };
        command.SetAction(parse => Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () => TokenizationEvaluator.Evaluate(parse.GetValue(data)!, parse.GetValue(split)!, parse.GetValue(showErrors) ? context.Error : null,
                parse.GetValue(rules) ? new RuleSentenceSplitter() : null)));
        return command;
    }

    private static Command Check(CliContext context)
    {
        var baselines = new Argument<string[]>("baselines")
        {
            Description = "Baseline files (default: every eval/baselines/*.json).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var shared = new Option<string>("--shared") { Description = "The shared data folder that holds data/.", DefaultValueFactory = _ => "../shared" };
        var command = new Command("check", "Run the evaluations named by committed baselines and fail if a score dropped.")
        {
            baselines, shared,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(baselines) is { Length: > 0 } given ? given : BaselineCheck.DefaultBaselineFiles();
            var check = new BaselineCheck(parse.GetValue(shared)!, args =>
            {
                using var buffer = new StringWriter();
                var exit = CliApplication.Run(args, context with { Out = buffer });
                return (exit, buffer.ToString());
            });
            return check.Run(files, context.Out) ? 0 : 1;
        });
        return command;
    }
}
