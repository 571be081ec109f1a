using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Testing;

/// <summary>Checks every component must pass: text unchanged, offsets in range, declared layers written, idempotent.</summary>
public static class ComponentContract
{
    /// <summary>Runs <paramref name="component"/> twice over a document prepared by <paramref name="prepare"/> and checks the contract.</summary>
    /// <returns>A list of violations; empty when the component honours the contract.</returns>
    public static IReadOnlyList<string> Violations(IComponent component, Func<Document> prepare)
    {
        var violations = new List<string>();
        var document = prepare();
        var text = document.Text;
        component.Process(document);
        if (!ReferenceEquals(text, document.Text) || text != document.Text)
        {
            violations.Add("the text changed");
        }

        foreach (var produced in component.Produces)
        {
            if (!document.HasLayer(produced) && document.Tokens.Count > 0)
            {
                violations.Add($"declared layer '{produced}' was not written");
            }
        }

        var first = Snapshot(document);
        component.Process(document);
        var second = Snapshot(document);
        if (first != second)
        {
            violations.Add("running twice gave a different result (not idempotent)");
        }

        var previousEnd = 0;
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            var start = document.Tokens.Starts[i];
            var end = document.Tokens.Ends[i];
            if (start < previousEnd || end <= start || end > text.Length)
            {
                violations.Add($"token {i} [{start},{end}) is empty, overlaps or lies outside the text");
                break;
            }

            previousEnd = end;
        }

        foreach (var sentence in document.Sentences)
        {
            if (sentence.Start < 0 || sentence.End > text.Length || sentence.End <= sentence.Start)
            {
                violations.Add($"sentence [{sentence.Start},{sentence.End}) is empty or lies outside the text");
            }
        }

        return violations;
    }

    private static string Snapshot(Document document)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            builder.Append(document.Tokens.Starts[i]).Append(':').Append(document.Tokens.Ends[i]).Append(':').Append((int)document.Tokens.Flags[i]).Append(' ');
        }

        // The annotation columns, so a stage that fills them is checked for idempotence too.
        var table = document.Tokens;
        for (var i = 0; i < table.Count; i++)
        {
            builder.Append(table.HasTags ? $"{table.Upos[i]}/{table.Xpos[i]}/{table.Features[i]}" : string.Empty)
                .Append(table.HasLemmas ? table.Lemmas[i] : string.Empty)
                .Append(table.HasDependencies ? $"{table.Heads[i]}:{table.Relations[i]}" : string.Empty)
                .Append(' ');
        }

        foreach (var name in document.LayerNamesPresent.Order(StringComparer.Ordinal))
        {
            builder.Append('|').Append(name);
            if (document.GetSpans(name) is { } spans)
            {
                foreach (var span in spans)
                {
                    builder.Append(' ').Append(span.Start).Append('-').Append(span.End).Append(span.Label);
                }
            }
        }

        return builder.ToString();
    }
}
