using System.CommandLine;
using Readout.Evaluation.Html;

namespace Readout.Cli.Commands;

/// <summary><c>readout eval html</c>: article-body extraction against the article-extraction benchmark.</summary>
internal static class EvalHtmlCommand
{
    private const string DefaultData = "../shared/data/html-extraction/scrapinghub-article-extraction-benchmark";

    public static Command Create(CliContext context)
    {
        var (data, _, json) = EvalCommand.CommonOptions(defaultData: DefaultData);
        var split = new Option<string>("--split")
        {
            Description = "all pages, or the dev (ids 0–7…) or test (ids 8–f…) half.",
            DefaultValueFactory = _ => "all",
        };
        split.AcceptOnlyFromAmong("all", "dev", "test");
        var showErrors = new Option<bool>("--show-errors") { Description = "List every page's precision and recall on standard error, worst first." };
        var command = new Command("html", "4-token-shingle precision/recall/F1 of the extracted article body (the benchmark's own metric).")
        {
            data, split, json, showErrors,
        };
        command.SetAction(parse => EvalCommand.Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () => HtmlExtractionEvaluator.Evaluate(parse.GetValue(data)!, parse.GetValue(split)!, parse.GetValue(showErrors) ? context.Error : null)));
        return command;
    }
}
