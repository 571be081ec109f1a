using Readout.Core.Errors;
using Readout.Storage.Ingestion;
using Spectre.Console;

namespace Readout.Cli.Output;

/// <summary>Reports an ingest on a terminal: a Spectre.Console progress bar with rate and time left; failures above it.</summary>
internal sealed class TerminalIngestReporter(IAnsiConsole console, ProgressTask task) : IIngestObserver
{
    /// <summary>Runs <paramref name="ingest"/> under a progress bar on standard error.</summary>
    public static T Run<T>(CliContext context, long totalBytes, Func<IIngestObserver, T> ingest)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("starting", maxValue: Math.Max(1, totalBytes));
                var result = ingest(new TerminalIngestReporter(console, task));
                task.Value = task.MaxValue;
                return result;
            });
    }

    public void OnFailure(string source, ReadoutException error) =>
        console.MarkupLine($"[red]readout:[/] {Markup.Escape(source)}: {Markup.Escape(error.ToDisplayString())}");

    public void OnProgress(IngestProgress progress)
    {
        task.Value = Math.Min(task.MaxValue, progress.InputPosition);
        task.Description = Markup.Escape($"{IngestText.Counts(progress)} · {progress.DocumentsPerSecond:N0}/s");
    }
}
