using System.Globalization;
using Readout.Benchmarks.Corpus;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Extraction;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Readout.Benchmarks.Plotting;

/// <summary>
/// <c>Readout.Benchmarks plot [--out FILE.png] [--seconds S] [--sizes 1000,10000,…]</c>: tokens per CPU second of
/// three prefixes of the standard pipeline at each document size, printed as a table and drawn as a PNG (ScottPlot).
/// </summary>
/// <remarks>
/// Each measurement analyses fresh documents of one size until the process has spent <c>--seconds</c> of CPU time on
/// them, after an untimed warm-up of the same length (and a first warm-up of every series before the first point); CPU time rather than wall time, so the other work on a shared
/// machine costs less accuracy. BenchmarkDotNet (the other benchmarks in this project) gives the careful
/// per-component figures; this is the picture of how throughput depends on document size. Stages added to the
/// standard pipeline (entities, events) appear in the full-pipeline series by themselves; give them their own series
/// here when they land.
/// </remarks>
public static class ThroughputBySize
{
    private static readonly int[] DefaultSizes = [300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000];

    /// <summary>Runs the measurements and writes the plot; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        var output = Path.Combine("docs", "images", "throughput-by-document-size.png");
        var seconds = 1.0;
        var sizes = DefaultSizes;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--seconds" when i + 1 < args.Length:
                    seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--sizes" when i + 1 < args.Length:
                    sizes = [.. args[++i].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture))];
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; usage: plot [--out FILE.png] [--seconds S] [--sizes N,N,…]");
                    return 2;
            }
        }

        var standard = StandardPipeline.Create();
        var series = new (string Label, Pipeline Pipeline)[]
        {
            ("tokenize + split sentences", Prefix(standard, 2)),
            ("… + POS tags", Prefix(standard, 3)),
            ("standard pipeline (… + lemmas, parse, quotations)", standard),
        };

        // Untimed, so tiered compilation has promoted the hot methods before the first point.
        var warmUpText = BenchmarkText.OfLength(10_000);
        foreach (var (_, pipeline) in series)
        {
            Measure(pipeline, warmUpText, Math.Max(1, seconds));
        }

        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}; {Environment.ProcessorCount} cores; load average {LoadAverage()}; {seconds} CPU-s per point");
        Console.WriteLine("| characters | tokens | " + string.Join(" | ", series.Select(s => s.Label + " (tokens/CPU-s)")) + " |");
        Console.WriteLine("|---|---|" + string.Concat(series.Select(_ => "---|")));
        var lengths = new int[sizes.Length];
        var rates = new double[series.Length][];
        for (var s = 0; s < series.Length; s++)
        {
            rates[s] = new double[sizes.Length];
        }

        for (var z = 0; z < sizes.Length; z++)
        {
            var text = BenchmarkText.OfLength(sizes[z]);
            lengths[z] = text.Length;
            var tokens = 0;
            for (var s = 0; s < series.Length; s++)
            {
                Measure(series[s].Pipeline, text, seconds);
                (rates[s][z], tokens) = Measure(series[s].Pipeline, text, seconds);
            }

            Console.WriteLine($"| {text.Length:N0} | {tokens:N0} | " + string.Join(" | ", rates.Select(r => r[z].ToString("N0", CultureInfo.InvariantCulture))) + " |");
        }

        Draw(output, lengths, series.Select(s => s.Label).ToArray(), rates);
        Console.WriteLine($"# plot: {output}");
        return 0;
    }

    // The first components of the standard pipeline, in order.
    private static Pipeline Prefix(Pipeline standard, int count)
    {
        var builder = PipelineBuilder.Empty;
        foreach (var component in standard.Components.Take(count))
        {
            builder = builder.Add(component);
        }

        return builder.Build();
    }

    // Analyses fresh documents of the text until the process has spent the CPU time; tokens per CPU second.
    private static (double TokensPerSecond, int TokensPerDocument) Measure(Pipeline pipeline, string text, double seconds)
    {
        var started = CpuSeconds();
        long tokens = 0;
        var perDocument = 0;
        double spent;
        do
        {
            var document = new Document(text);
            pipeline.Process(document);
            perDocument = document.Tokens.Count;
            tokens += perDocument;
            spent = CpuSeconds() - started;
        }
        while (spent < seconds);

        return (tokens / spent, perDocument);
    }

    private static double CpuSeconds() => (Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime).TotalSeconds;

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    // Log-log: the stages differ by orders of magnitude. ScottPlot plots the logarithms; the ticks show the values.
    private static void Draw(string output, int[] sizes, string[] labels, double[][] rates)
    {
        var plot = new Plot();
        var x = sizes.Select(size => Math.Log10(size)).ToArray();
        for (var s = 0; s < labels.Length; s++)
        {
            var line = plot.Add.Scatter(x, rates[s].Select(Math.Log10).ToArray());
            line.LegendText = labels[s];
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        // Whole decades on the throughput axis, so every line sits between labelled ticks.
        var logs = rates.SelectMany(r => r).Select(Math.Log10).ToArray();
        plot.Axes.SetLimitsY(Math.Floor(logs.Min()), Math.Ceiling(logs.Max()));
        plot.Axes.Bottom.TickGenerator = LogTicks();
        plot.Axes.Left.TickGenerator = LogTicks();
        plot.Title("Readout throughput by document size (one thread)");
        plot.XLabel("document size (characters)");
        plot.YLabel("tokens per CPU second");
        plot.ShowLegend(Edge.Bottom);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        plot.SavePng(output, 900, 560);
    }

    private static NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = value => Math.Pow(10, value).ToString("N0", CultureInfo.InvariantCulture),
    };
}
