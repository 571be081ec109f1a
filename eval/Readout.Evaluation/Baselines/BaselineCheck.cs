using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Readout.Evaluation.Baselines;

/// <summary>
/// Runs the evaluation each committed baseline names and compares its scores with the baseline's.
/// </summary>
/// <remarks>
/// A baseline file (eval/baselines/*.json) holds the evaluation's command-line arguments, with <c>{shared}</c> standing
/// for the shared data folder, the metrics to watch (dotted paths into the evaluation's JSON, such as <c>raw.upos</c>)
/// and a tolerance in percentage points. A metric that falls more than the tolerance below its baseline fails the check;
/// a metric under <c>maxima</c> (a rate where lower is better) fails when it rises more than the tolerance above it.
/// </remarks>
public sealed class BaselineCheck
{
    private readonly string _shared;
    private readonly Func<string[], (int ExitCode, string Output)> _run;

    /// <summary>Creates a check that runs evaluations through <paramref name="run"/> (the CLI, in process).</summary>
    public BaselineCheck(string shared, Func<string[], (int ExitCode, string Output)> run)
    {
        _shared = shared;
        _run = run;
    }

    /// <summary>Every baseline file under eval/baselines of the source tree that holds the current directory.</summary>
    public static string[] DefaultBaselineFiles()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var baselines = Path.Combine(directory.FullName, "eval", "baselines");
            if (Directory.Exists(baselines))
            {
                return Directory.GetFiles(baselines, "*.json").Order(StringComparer.Ordinal).ToArray();
            }
        }

        return [];
    }

    /// <summary>Runs every baseline; writes one line per metric; returns false when any score dropped or an evaluation failed.</summary>
    public bool Run(IEnumerable<string> baselineFiles, TextWriter output)
    {
        var passed = true;
        output.WriteLine($"{"baseline",-28} {"metric",-22} {"baseline",9} {"now",9}  status");
        foreach (var file in baselineFiles)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var baseline = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var args = baseline["args"]!.AsArray().Select(a => a!.GetValue<string>().Replace("{shared}", _shared, StringComparison.Ordinal)).ToArray();
            var tolerance = baseline["tolerance"]?.GetValue<double>() ?? 0.1;
            var (exit, text) = _run(args);
            var lastLine = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
            JsonObject? result = null;
            if (exit == 0 && lastLine is not null)
            {
                try
                {
                    result = JsonNode.Parse(lastLine) as JsonObject;
                }
                catch (JsonException)
                {
                    result = null;
                }
            }

            if (result is null)
            {
                output.WriteLine($"{name,-28} {"(evaluation failed)",-22} {string.Empty,9} {string.Empty,9}  FAIL (exit {exit})");
                passed = false;
                continue;
            }

            foreach (var (metric, expected) in baseline["metrics"]!.AsObject())
            {
                var want = expected!.GetValue<double>();
                var got = Lookup(result, metric);
                var ok = got is { } value && value >= want - tolerance;
                passed &= ok;
                var now = got?.ToString("0.00", CultureInfo.InvariantCulture) ?? "missing";
                output.WriteLine($"{name,-28} {metric,-22} {want,9:0.00} {now,9}  {(ok ? "ok" : "DROP")}");
            }

            // Rates where lower is better (extra codings): a rise beyond the tolerance fails.
            foreach (var (metric, expected) in baseline["maxima"]?.AsObject() ?? [])
            {
                var want = expected!.GetValue<double>();
                var got = Lookup(result, metric);
                var ok = got is { } value && value <= want + tolerance;
                passed &= ok;
                var now = got?.ToString("0.00", CultureInfo.InvariantCulture) ?? "missing";
                output.WriteLine($"{name,-28} {metric,-22} {want,9:0.00} {now,9}  {(ok ? "ok" : "RISE")}");
            }
        }

        output.WriteLine(passed ? "all scores at or above their baselines" : "RO3003 score below baseline: see DROP/RISE/FAIL lines above");
        return passed;
    }

    private static double? Lookup(JsonObject result, string path)
    {
        JsonNode? node = result;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
    }
}
