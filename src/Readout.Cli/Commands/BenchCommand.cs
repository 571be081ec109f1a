using System.CommandLine;
using System.Diagnostics;
using Readout.Cli.Benchmarking;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Extraction;
using Readout.Ingest.Inputs;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout bench [INPUT...] [--data DIR] [--threads N] [--json]</c>: end-to-end throughput of the standard pipeline on
/// real news, stage by stage (tokens and articles per second), on one thread and then on all cores, with the peak working
/// set and the startup time. BenchmarkDotNet (bench/) gives the careful per-component figures.
/// </summary>
internal static class BenchCommand
{
    private const string DefaultData = "../shared/data/news";

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files to analyse, read as readout extract reads them (text, HTML, JSONL, .gz…); without them, --data.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var data = new Option<string>("--data") { Description = "A folder whose JSON Lines files (.jsonl, .jsonl.gz) are read.", DefaultValueFactory = _ => DefaultData };
        var threads = new Option<int>("--threads")
        {
            Description = "Threads of the all-core pass (default: every core); 1 runs the one-thread pass only.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var limit = new Option<int>("--limit") { Description = "At most this many documents from each file.", DefaultValueFactory = _ => int.MaxValue };
        var stages = new Option<string?>("--stages") { Description = "Run only these stages of the standard pipeline (comma-separated names, e.g. rule-tokenizer,perceptron-sentence-splitter,perceptron-tagger)." };
        var warmUp = new Option<double>("--warmup") { Description = "CPU seconds of untimed analysis before measuring (JIT, caches).", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on the last line instead of a table." };
        var noEntities = new Option<bool>("--no-entities") { Description = "Leave out the entity stages (recognizer, linker, coreference) and what needs them (the event coder)." };
        var command = new Command("bench", "Measure the standard pipeline's throughput on real news: per stage and in total, on one thread and on all cores.")
        {
            inputs, data, threads, limit, stages, warmUp, json, noEntities,
        };
        command.SetAction(parse =>
        {
            try
            {
                var threadCount = parse.GetValue(threads);
                if (threadCount < 1 || parse.GetValue(limit) < 1)
                {
                    throw new ReadoutException(ErrorCodes.InvalidOption, "--threads and --limit must be at least 1");
                }

                var loadStarted = Stopwatch.GetTimestamp();
                var pipeline = Pipeline(parse.GetValue(stages), withEntities: !parse.GetValue(noEntities));
                pipeline.Process(new Document("Readout loads its models before the clock starts."));
                var modelLoad = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
                var startup = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds;

                var given = parse.GetValue(inputs)!;
                var files = given.Length > 0 ? ExpandInputs(given) : BenchmarkCorpus.JsonlFilesUnder(parse.GetValue(data)!);
                var corpus = BenchmarkCorpus.Read(files, parse.GetValue(limit), new InputReader());
                if (corpus.Documents.Count == 0)
                {
                    throw new ReadoutException(ErrorCodes.InputEmpty, "no document to analyse");
                }

                var documents = corpus.Documents.Select(input => (Func<Document>)input.ToDocument).ToList();
                var warmUpSeconds = WarmUp(pipeline, documents, parse.GetValue(warmUp));
                var before = MachineFacts.Now();
                var single = PipelineBenchmark.Run(pipeline, documents, 1);
                var parallel = threadCount > 1 ? PipelineBenchmark.Run(pipeline, documents, threadCount) : null;
                var after = MachineFacts.Now();
                using var process = Process.GetCurrentProcess();
                var report = new BenchmarkReport(corpus, before, after, startup, modelLoad, warmUpSeconds, single, parallel, process.PeakWorkingSet64);
                report.Write(context.Out, parse.GetValue(json));
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

    // The standard pipeline, or the named stages of it in their standard order (the builder checks the requirements).
    private static Pipeline Pipeline(string? names, bool withEntities)
    {
        var standard = StandardPipeline.Create(withEntities);
        if (names is null)
        {
            return standard;
        }

        var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(name => !standard.Components.Any(c => c.Name == name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ReadoutException(ErrorCodes.InvalidOption, $"no stage named {string.Join(", ", unknown)}; the stages are {string.Join(", ", standard.Components.Select(c => c.Name))}");
        }

        var builder = PipelineBuilder.Empty;
        foreach (var component in standard.Components.Where(c => wanted.Contains(c.Name)))
        {
            builder = builder.Add(component);
        }

        return builder.Build();
    }

    private static List<string> ExpandInputs(string[] arguments)
    {
        var files = new List<string>();
        foreach (var (path, error) in InputPaths.Expand(arguments))
        {
            files.Add(error is null ? path : throw new ReadoutException(error.Code, $"{path}: {error.Message}"));
        }

        return files;
    }

    // Untimed analysis until the process has spent the given CPU time on it (tiered compilation promotes hot methods
    // after their first calls, in the background): CPU time, not wall time, so a busy machine still warms up fully.
    private static double WarmUp(Pipeline pipeline, List<Func<Document>> documents, double cpuSeconds)
    {
        var started = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
        var spent = 0.0;
        for (var i = 0; spent < cpuSeconds; i++)
        {
            pipeline.Process(documents[i % documents.Count]());
            spent = (Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - started).TotalSeconds;
        }

        return spent;
    }
}
