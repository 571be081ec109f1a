using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Readout.Cli.Benchmarking;

/// <summary>
/// Everything <c>readout bench</c> measured, printed as a table or, like <c>readout eval</c>, as one JSON object on the
/// last line (lower-case keys; headline figures at the top level: one-thread and all-core tokens per second).
/// </summary>
/// <remarks>Tokens are Readout's own (the tokenizer's output, punctuation included); articles are input documents.</remarks>
internal sealed record BenchmarkReport(
    BenchmarkCorpus Corpus,
    MachineFacts Before,
    MachineFacts After,
    double StartupSeconds,
    double ModelLoadSeconds,
    double WarmUpSeconds,
    BenchmarkRun Single,
    BenchmarkRun? Parallel,
    long PeakWorkingSetBytes)
{
    /// <summary>Writes the report as a table, or as one JSON line.</summary>
    public void Write(TextWriter output, bool json)
    {
        if (json)
        {
            output.WriteLine(ToJson().ToJsonString());
            return;
        }

        output.Write(ToTable());
    }

    /// <summary>The report as a JSON object.</summary>
    public JsonObject ToJson()
    {
        var report = new JsonObject
        {
            ["benchmark"] = "pipeline",
            ["tokens_per_second"] = Round(Single.Tokens / Single.WallSeconds),
            ["tokens_per_cpu_second"] = Round(Single.Tokens / Single.ProcessCpuSeconds),
            ["articles_per_second"] = Round(Single.Documents / Single.WallSeconds),
            ["parallel_tokens_per_second"] = Parallel is null ? null : Round(Parallel.Tokens / Parallel.WallSeconds),
            ["peak_working_set_mb"] = Round(PeakWorkingSetBytes / 1048576.0),
            ["startup_seconds"] = Round(StartupSeconds, 3),
            ["model_load_seconds"] = Round(ModelLoadSeconds, 3),
            ["files"] = Corpus.Files.Count,
            ["documents"] = Single.Documents,
            ["skipped"] = Corpus.Skipped.Values.Sum(),
            ["characters"] = Single.Characters,
            ["tokens"] = Single.Tokens,
            ["read_seconds"] = Round(Corpus.ReadSeconds, 3),
            ["warmup_cpu_seconds"] = Round(WarmUpSeconds, 3),
            ["machine"] = new JsonObject
            {
                ["processor"] = Before.Processor,
                ["cores"] = Before.Cores,
                ["load_average_before"] = Before.LoadAverage,
                ["load_average_after"] = After.LoadAverage,
                ["runtime"] = Before.Runtime,
                ["optimized"] = Before.Optimized,
                ["thread_cpu_clock"] = ThreadCpuClock.IsAvailable,
            },
            ["single"] = RunJson(Single),
        };
        if (Parallel is not null)
        {
            report["parallel"] = RunJson(Parallel);
        }

        return report;
    }

    private string ToTable()
    {
        var text = new StringBuilder();
        var skipped = Corpus.Skipped.Count == 0 ? string.Empty : $" ({Corpus.Skipped.Values.Sum():N0} skipped: {string.Join(", ", Corpus.Skipped.Select(s => $"{s.Key} ×{s.Value:N0}"))})";
        Line(text, $"readout bench: {Corpus.Files.Count} file(s), {Single.Documents:N0} documents{skipped}, {Single.Characters:N0} characters, {Single.Tokens:N0} tokens (read in {Corpus.ReadSeconds:0.0} s, not timed)");
        Line(text, $"machine: {Before.Processor ?? "processor unknown"}, {Before.Cores} cores, load average {Load(Before)} before and {Load(After)} after; {Before.Runtime}{(Before.Optimized ? string.Empty : "; DEBUG BUILD: figures are not meaningful")}");
        Line(text, $"startup: {StartupSeconds:0.00} s from process start to models loaded ({ModelLoadSeconds:0.00} s of it loading models and analysing a first sentence); warm-up {WarmUpSeconds:0.0} CPU-s, not timed");
        text.AppendLine();

        var cpuNote = ThreadCpuClock.IsAvailable ? "tokens/CPU-s" : "(no CPU clock)";
        Line(text, $"{"stage",-30} {"1 thread: tokens/s",20} {cpuNote,14}{(Parallel is null ? string.Empty : $" {Parallel.Threads + " threads: " + cpuNote,28}")}");
        for (var s = 0; s < Single.Stages.Count; s++)
        {
            var one = Single.Stages[s];
            var parallel = Parallel is null ? string.Empty : $" {Rate(Parallel.Tokens, Parallel.Stages[s].CpuSeconds),28}";
            Line(text, $"{one.Name,-30} {Rate(Single.Tokens, one.WallSeconds),20} {Rate(Single.Tokens, one.CpuSeconds),14}{parallel}");
        }

        var allParallel = Parallel is null ? string.Empty : $" {Rate(Parallel.Tokens, Parallel.StageCpuSeconds),28}";
        Line(text, $"{"all stages",-30} {Rate(Single.Tokens, Single.StageWallSeconds),20} {Rate(Single.Tokens, Single.StageCpuSeconds),14}{allParallel}");
        text.AppendLine();
        WholePass(text, Single);
        if (Parallel is not null)
        {
            WholePass(text, Parallel);
        }

        Line(text, $"peak working set: {PeakWorkingSetBytes / 1048576.0:N0} MB (the documents are held in memory: {Single.Characters * 2 / 1048576.0:N0} MB of text)");
        text.AppendLine("tokens are Readout's (punctuation included); tokens/s is wall-clock time, tokens/CPU-s the threads' own CPU time (time spent waiting for a core on a busy machine excluded)");
        return text.ToString();
    }

    private static void WholePass(StringBuilder text, BenchmarkRun run)
    {
        Line(text, $"{run.Threads} thread(s), whole pass: {run.Tokens / run.WallSeconds:N0} tokens/s, {run.Documents / run.WallSeconds:N1} articles/s in {run.WallSeconds:0.0} s");
        Line(text, $"  process CPU {run.ProcessCpuSeconds:0.0} s ({run.ProcessCpuSeconds / run.WallSeconds:0.00} cores busy) = {run.Tokens / run.ProcessCpuSeconds:N0} tokens/CPU-s; {run.AllocatedBytes / (double)run.Documents / 1024:N0} KB allocated per article");
    }

    private static JsonObject RunJson(BenchmarkRun run)
    {
        var stages = new JsonObject();
        foreach (var stage in run.Stages)
        {
            stages[stage.Name] = StageJson(run, stage.WallSeconds, stage.CpuSeconds);
        }

        stages["all"] = StageJson(run, run.StageWallSeconds, run.StageCpuSeconds);
        return new JsonObject
        {
            ["threads"] = run.Threads,
            ["seconds"] = Round(run.WallSeconds, 3),
            ["cpu_seconds"] = Round(run.ProcessCpuSeconds, 3),
            ["tokens_per_second"] = Round(run.Tokens / run.WallSeconds),
            ["tokens_per_cpu_second"] = Round(run.Tokens / run.ProcessCpuSeconds),
            ["articles_per_second"] = Round(run.Documents / run.WallSeconds),
            ["allocated_kb_per_article"] = Round(run.AllocatedBytes / (double)run.Documents / 1024),
            ["stages"] = stages,
        };
    }

    private static JsonObject StageJson(BenchmarkRun run, double wall, double cpu) => new()
    {
        ["seconds"] = Round(wall, 3),
        ["cpu_seconds"] = Round(cpu, 3),
        ["tokens_per_second"] = run.Threads == 1 && wall > 0 ? Round(run.Tokens / wall) : null,
        ["tokens_per_cpu_second"] = cpu > 0 ? Round(run.Tokens / cpu) : null,
    };

    private static string Rate(long tokens, double seconds) => seconds > 0 ? (tokens / seconds).ToString("N0", CultureInfo.InvariantCulture) : "-";

    private static string Load(MachineFacts facts) => facts.LoadAverage?.ToString("0.0", CultureInfo.InvariantCulture) ?? "unknown";

    private static double Round(double value, int digits = 1) => Math.Round(value, digits);

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(FormattableString.Invariant(line));
}
