using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Readout.Core.Errors;
using Readout.Distribution.Monitoring;

namespace Readout.Cli.Commands;

/// <summary><c>readout status --broker URL</c>: a run's progress across the publisher and every worker: queued, done, failed, rate, time left.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var broker = BrokerOption.Create(required: true);
        var queue = BrokerOption.CreateQueue();
        var run = new Option<string?>("--run") { Description = "The run to show (default: the latest)." };
        var all = new Option<bool>("--all") { Description = "Every run the progress log still holds (seven days)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per run instead of text." };
        var command = new Command("status", "Progress of distributed ingest runs: published, done, failed, queued, rate and time left.") { broker, queue, run, all, json };
        command.SetAction(parse =>
        {
            var opened = BrokerOption.Open(context, parse.GetValue(broker)!, parse.GetValue(queue)!, "status");
            if (opened is null)
            {
                return 2;
            }

            IReadOnlyList<RunStatus> runs;
            long waiting;
            try
            {
                runs = RunStatusReader.ReadAsync(opened).GetAwaiter().GetResult();
                waiting = opened.CountWaitingAsync().GetAwaiter().GetResult();
            }
            catch (ReadoutException error)
            {
                context.ReportError(opened.Address, error);
                return 2;
            }
            finally
            {
                opened.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            var chosen = parse.GetValue(run) is { } id ? runs.Where(r => r.Run == id).ToList()
                : parse.GetValue(all) ? runs
                : runs.Take(1).ToList();
            if (chosen.Count == 0)
            {
                context.ReportError("status", new ReadoutException(ErrorCodes.InvalidOption, parse.GetValue(run) is { } missing ? $"no run '{missing}' in the progress log" : "no run in the progress log yet"));
                return 1;
            }

            foreach (var status in chosen)
            {
                if (parse.GetValue(json))
                {
                    WriteJson(context.Out, status, waiting);
                }
                else
                {
                    WriteText(context.Out, status, waiting);
                }
            }

            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter output, RunStatus status, long waiting)
    {
        var state = status.IsComplete ? "complete" : status.PublishingFinished ? "publishing finished" : "publishing";
        output.WriteLine($"run {status.Run} · started {status.Started:yyyy-MM-dd HH:mm:ss}Z · {state}");
        output.WriteLine($"  published   {status.Published,12:N0}{(status.PublishingFinished ? string.Empty : " so far")}");
        output.WriteLine($"  skipped     {status.Skipped,12:N0}  (already stored, or repeated in the inputs)");
        output.WriteLine($"  done        {status.Done,12:N0}");
        output.WriteLine($"  failed      {status.Failed,12:N0}  ({status.Unreadable:N0} unreadable inputs, {status.DeadLettered:N0} dead-lettered: readout failures --run {status.Run})");
        output.WriteLine($"  queued      {status.Queued,12:N0}  (waiting or being analysed; {waiting:N0} messages waiting in the queue, all runs)");
        output.WriteLine($"  rate        {status.Rate,12:N1}  documents/s{(status.IsComplete ? " over the run" : " over the last minute")}, {status.Workers} workers reporting");
        var eta = status.IsComplete ? "done"
            : status.Remaining is { } left ? $"{left:h\\:mm\\:ss}{(status.PublishingFinished ? string.Empty : " for what is published so far")}"
            : "unknown (no document done in the last minute)";
        output.WriteLine($"  time left   {eta,12}");
    }

    private static void WriteJson(TextWriter output, RunStatus status, long waiting)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("run", status.Run);
            json.WriteString("started", status.Started.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("last_activity", status.LastActivity.ToString("O", CultureInfo.InvariantCulture));
            json.WriteBoolean("publishing_finished", status.PublishingFinished);
            json.WriteBoolean("complete", status.IsComplete);
            json.WriteNumber("published", status.Published);
            json.WriteNumber("skipped", status.Skipped);
            json.WriteNumber("done", status.Done);
            json.WriteNumber("failed", status.Failed);
            json.WriteNumber("unreadable", status.Unreadable);
            json.WriteNumber("dead_lettered", status.DeadLettered);
            json.WriteNumber("queued", status.Queued);
            json.WriteNumber("waiting", waiting);
            json.WriteNumber("rate", Math.Round(status.Rate, 1));
            json.WriteNumber("workers", status.Workers);
            if (status.Remaining is { } left)
            {
                json.WriteNumber("eta_seconds", Math.Round(left.TotalSeconds));
            }
            else
            {
                json.WriteNull("eta_seconds");
            }

            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
