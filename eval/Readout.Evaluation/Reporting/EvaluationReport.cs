using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Readout.Evaluation.Reporting;

/// <summary>
/// The scores of one evaluation, printed by every <c>readout eval</c> command in one convention: a readable table by
/// default; with <c>--json</c>, one JSON object on the last line of standard output.
/// </summary>
/// <remarks>
/// Metric keys are lower-case; metric values are percentages rounded to two decimals. Headline metrics sit at the top
/// level; breakdowns (per type, per corpus, end to end) are nested sections. Facts such as the data path and counts
/// are plain values beside them.
/// </remarks>
public sealed class EvaluationReport
{
    private readonly List<(string Key, object Value)> _entries = [];

    /// <summary>Creates a report named after its evaluation (<c>tokenize</c>, <c>tag</c>…).</summary>
    public EvaluationReport(string name)
    {
        Name = name;
    }

    /// <summary>The evaluation's name.</summary>
    public string Name { get; }

    /// <summary>Adds a metric in percent.</summary>
    public EvaluationReport Metric(string key, double percent)
    {
        _entries.Add((Key(key), Math.Round(percent, 2)));
        return this;
    }

    /// <summary>Adds precision, recall and F1 as <c>{prefix}_precision</c>, <c>{prefix}_recall</c>, <c>{prefix}_f1</c>.</summary>
    public EvaluationReport Metrics(string prefix, Counts counts)
    {
        var stem = prefix.Length == 0 ? string.Empty : prefix + "_";
        return Metric(stem + "precision", counts.Precision).Metric(stem + "recall", counts.Recall).Metric(stem + "f1", counts.F1);
    }

    /// <summary>Adds a fact: a count, a path, a name.</summary>
    public EvaluationReport Fact(string key, object value)
    {
        _entries.Add((Key(key), value));
        return this;
    }

    /// <summary>Adds a nested section and returns it.</summary>
    public EvaluationReport Section(string key)
    {
        var section = new EvaluationReport(key);
        _entries.Add((Key(key), section));
        return section;
    }

    /// <summary>A top-level metric by key, or null.</summary>
    public double? Get(string key) => _entries.FirstOrDefault(e => e.Key == key).Value is double d ? d : null;

    /// <summary>The report as a JSON object, with <c>evaluation</c> naming it.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["evaluation"] = Name };
        Fill(json);
        return json;
    }

    /// <summary>Writes the report in the shared convention.</summary>
    public void Write(TextWriter output, bool asJson)
    {
        if (asJson)
        {
            output.WriteLine(ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            return;
        }

        var rows = new List<(string Key, string Value)>();
        Flatten(string.Empty, rows);
        var width = rows.Count == 0 ? 6 : Math.Max(6, rows.Max(r => r.Key.Length));
        var builder = new StringBuilder();
        builder.Append("evaluation: ").AppendLine(Name);
        builder.Append("metric".PadRight(width)).AppendLine("  value");
        builder.Append(new string('-', width)).AppendLine("  -----");
        foreach (var (key, value) in rows)
        {
            builder.Append(key.PadRight(width)).Append("  ").AppendLine(value);
        }

        output.Write(builder.ToString());
    }

    private void Fill(JsonObject json)
    {
        foreach (var (key, value) in _entries)
        {
            json[key] = value switch
            {
                EvaluationReport section => section.ToJsonSection(),
                double d => JsonValue.Create(d),
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                bool b => JsonValue.Create(b),
                _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
            };
        }
    }

    private JsonObject ToJsonSection()
    {
        var json = new JsonObject();
        Fill(json);
        return json;
    }

    private void Flatten(string prefix, List<(string Key, string Value)> rows)
    {
        foreach (var (key, value) in _entries)
        {
            var name = prefix.Length == 0 ? key : prefix + "." + key;
            if (value is EvaluationReport section)
            {
                section.Flatten(name, rows);
            }
            else
            {
                rows.Add((name, value is double d ? d.ToString("0.00", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
            }
        }
    }

    private static string Key(string key) => key.ToLowerInvariant();
}
