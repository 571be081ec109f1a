using Readout.Core.Documents;

namespace Readout.Nlp.Conllu;

/// <summary>Writes an analysed document as CoNLL-U: one block per sentence, multiword tokens for split clitics.</summary>
/// <remarks>Columns not produced yet are written as "_"; heads are sentence-relative (0 = root) as the format requires.</remarks>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>.</summary>
    public static void Write(Document document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var table = document.Tokens;
        var number = 0;
        output.WriteLine($"# newdoc id = {document.Id}");
        foreach (var (first, end) in SentenceRanges.Of(document))
        {
            number++;
            output.WriteLine($"# sent_id = {number}");
            output.WriteLine($"# text = {document.Text[table.Starts[first]..table.Ends[end - 1]].ReplaceLineEndings(" ")}");
            for (var i = first; i < end; i++)
            {
                var last = i;
                while (last + 1 < end && (table.Flags[last + 1] & TokenFlags.JoinedToPrevious) != 0)
                {
                    last++;
                }

                if (last > i && (table.Flags[i] & TokenFlags.JoinedToPrevious) == 0)
                {
                    var surface = document.Text[table.Starts[i]..table.Ends[last]];
                    output.WriteLine($"{i - first + 1}-{last - first + 1}\t{surface}\t_\t_\t_\t_\t_\t_\t_\t{Misc(document, last, end)}");
                }

                var token = document.TokenAt(i);
                var head = table.HasDependencies ? (table.Heads[i] < 0 ? 0 : table.Heads[i] - first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "_";
                // Words of a multiword token leave SpaceAfter to the token's own line.
                var joined = (i + 1 < end && (table.Flags[i + 1] & TokenFlags.JoinedToPrevious) != 0)
                    || (i > first && (table.Flags[i] & TokenFlags.JoinedToPrevious) != 0);
                output.Write(i - first + 1);
                output.Write('\t');
                output.Write(token.Span);
                output.WriteLine(
                    $"\t{token.Lemma ?? "_"}\t{(table.HasTags ? token.Upos.ToString() : "_")}\t{token.Xpos ?? "_"}\t{(table.HasTags ? table.Features[i] ?? "_" : "_")}\t{head}\t{token.Relation ?? "_"}\t_\t{(joined ? "_" : Misc(document, i, end))}");
            }

            output.WriteLine();
        }
    }

    private static string Misc(Document document, int token, int sentenceEnd) =>
        token + 1 < sentenceEnd && !document.TokenAt(token).SpaceAfter ? "SpaceAfter=No" : "_";
}
