using System.CommandLine;
using System.Globalization;
using Readout.Cli.Output;
using Readout.Core.Errors;
using Readout.Distribution.Messages;
using Readout.Distribution.Monitoring;
using Readout.Storage.Queries;

namespace Readout.Cli.Commands;

/// <summary><c>readout failures --broker URL</c>: the documents given up on (dead-lettered), each with its reason; the log is left as it is.</summary>
internal static class FailuresCommand
{
    public static Command Create(CliContext context)
    {
        var broker = BrokerOption.Create(required: true);
        var queue = BrokerOption.CreateQueue();
        var run = new Option<string?>("--run") { Description = "Only this run's failures." };
        var format = new Option<string>("--format") { Description = "table, csv or jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "jsonl");
        var limit = new Option<int>("--limit") { Description = "At most this many (the latest).", DefaultValueFactory = _ => 1000 };
        var command = new Command("failures", "List documents that failed in distributed ingest (dead-lettered), with their reasons.") { broker, queue, run, format, limit };
        command.SetAction(parse =>
        {
            var opened = BrokerOption.Open(context, parse.GetValue(broker)!, parse.GetValue(queue)!, "failures");
            if (opened is null)
            {
                return 2;
            }

            var failures = new List<FailureRecord>();
            try
            {
                CollectAsync(opened, parse.GetValue(run), failures).GetAwaiter().GetResult();
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

            var shown = failures.Skip(Math.Max(0, failures.Count - Math.Max(1, parse.GetValue(limit)))).ToList();
            ResultWriter.Write(Table(shown), Enum.Parse<ResultFormat>(parse.GetValue(format)!, ignoreCase: true), context.Out, null, context.IsTerminal);
            return 0;
        });
        return command;
    }

    private static async Task CollectAsync(Distribution.IWorkBroker broker, string? run, List<FailureRecord> failures)
    {
        await foreach (var failure in FailureLog.ReadAsync(broker))
        {
            if (run is null || failure.Run == run)
            {
                failures.Add(failure);
            }
        }
    }

    private static ResultTable Table(List<FailureRecord> failures)
    {
        var columns = new List<ResultColumn>
        {
            new("at", ColumnType.Text), new("run", ColumnType.Text), new("source", ColumnType.Text), new("code", ColumnType.Text),
            new("reason", ColumnType.Text), new("attempts", ColumnType.Integer), new("reporter", ColumnType.Text), new("content_hash", ColumnType.Text),
        };
        var rows = failures.Select(f => new object?[]
        {
            f.At == DateTimeOffset.MinValue ? null : f.At.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            f.Run, f.Source, f.Code, f.Reason, (long)f.Attempts, f.Reporter, f.ContentHash,
        }).ToList();
        return new ResultTable(columns, rows);
    }
}
