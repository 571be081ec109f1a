using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Extraction;
using Readout.Ingest.Text;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout bench FILE...</c>: end-to-end throughput of the standard pipeline on real text, stage by stage, on one
/// thread (tokens per second and articles per second). BenchmarkDotNet (bench/) gives the careful figures.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Text files to analyse (each is one article).", Arity = ArgumentArity.OneOrMore };
        var seconds = new Option<double>("--seconds") { Description = "How long to measure.", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "Measure the standard pipeline's throughput on one thread, stage by stage.") { files, seconds };
        command.SetAction(parse =>
        {
            try
            {
                var reader = new PlainTextReader();
                var texts = parse.GetValue(files)!.Select(f => reader.Read(f, null).Text).ToList();
                var pipeline = StandardPipeline.Create();
                var ticks = new long[pipeline.Components.Length];

                // One untimed pass loads the models and warms the code.
                foreach (var text in texts)
                {
                    pipeline.Process(new Document(text));
                }

                long tokens = 0, articles = 0;
                var cpuBefore = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed.TotalSeconds < parse.GetValue(seconds))
                {
                    foreach (var text in texts)
                    {
                        var document = new Document(text);
                        pipeline.Process(document, ticks);
                        tokens += document.Tokens.Count;
                        articles++;
                    }
                }

                var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpuBefore;
                var total = ticks.Sum();
                context.Out.WriteLine($"{articles} articles, {tokens} tokens in {Stopwatch.GetElapsedTime(0, total).TotalSeconds:0.00} s of pipeline time");
                for (var i = 0; i < ticks.Length; i++)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pipeline.Components[i].Name,-26} {Rate(tokens, ticks[i]),12:N0} tokens/s"));
                }

                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"all stages",-26} {Rate(tokens, total),12:N0} tokens/s, {Rate(articles, total),8:N1} articles/s"));

                // On a shared machine the wall clock also counts time the thread waited for a core; CPU time does not.
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"per CPU second (process)",-26} {tokens / cpu.TotalSeconds,12:N0} tokens/s ({cpu.TotalSeconds / clock.Elapsed.TotalSeconds:P0} of a core while measuring)"));
                return 0;
            }
            catch (ReadoutException error)
            {
                context.ReportError("bench", error);
                return 1;
            }
        });
        return command;
    }

    private static double Rate(long count, long ticks) => ticks == 0 ? 0 : count / Stopwatch.GetElapsedTime(0, ticks).TotalSeconds;
}
