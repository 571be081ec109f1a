using System.Text;
using Readout.Core.Errors;

namespace Readout.Evaluation.Quotations;

/// <summary>Reads LitBank's quotation layer: pre-tokenized fiction excerpts (one sentence a line) with QUOTE and ATTRIB rows.</summary>
public static class LitBankReader
{
    /// <summary>Every excerpt under <paramref name="directory"/> (the folder holding quotations/tsv).</summary>
    public static List<GoldArticle> Read(string directory)
    {
        var tsv = Path.Combine(directory, "quotations", "tsv");
        if (!Directory.Exists(tsv))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{tsv}: no LitBank quotation folder");
        }

        var articles = new List<GoldArticle>();
        foreach (var annotation in Directory.GetFiles(tsv, "*.ann").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(Path.ChangeExtension(annotation, ".txt"));
            var text = new StringBuilder();
            var tokenOffsets = new List<List<(int Start, int End)>>();
            foreach (var line in lines)
            {
                var offsets = new List<(int, int)>();
                var position = 0;
                foreach (var token in line.Split(' '))
                {
                    offsets.Add((text.Length + position, text.Length + position + token.Length));
                    position += token.Length + 1;
                }

                tokenOffsets.Add(offsets);
                text.Append(line).Append('\n');
            }

            var quotes = new Dictionary<string, (int Start, int End)>();
            var speakers = new Dictionary<string, string>();
            foreach (var row in File.ReadAllLines(annotation))
            {
                var fields = row.Split('\t');
                if (fields.Length >= 6 && fields[0] == "QUOTE")
                {
                    var (startSentence, startToken) = (int.Parse(fields[2]), int.Parse(fields[3]));
                    var (endSentence, endToken) = (int.Parse(fields[4]), int.Parse(fields[5]));
                    var first = startToken;
                    var last = endToken;

                    // Gold spans include the marks; content is scored without them.
                    if (IsMark(lines[startSentence].Split(' ')[first]))
                    {
                        first++;
                    }

                    if (IsMark(lines[endSentence].Split(' ')[last]))
                    {
                        last--;
                    }

                    if ((startSentence, first) is var s && (endSentence > startSentence || last >= first))
                    {
                        var start = first < tokenOffsets[startSentence].Count ? tokenOffsets[startSentence][first].Start : tokenOffsets[startSentence][^1].End;
                        var end = last >= 0 ? tokenOffsets[endSentence][last].End : tokenOffsets[endSentence][0].Start;
                        quotes[fields[1]] = (start, end);
                    }
                }
                else if (fields.Length >= 3 && fields[0] == "ATTRIB")
                {
                    speakers[fields[1]] = fields[2];
                }
            }

            var gold = quotes.Select(q => new GoldQuotation(q.Value.Start, q.Value.End, speakers.GetValueOrDefault(q.Key)))
                .OrderBy(q => q.Start).ToList();
            articles.Add(new GoldArticle(Path.GetFileNameWithoutExtension(annotation), text.ToString(), null, gold));
        }

        return articles;
    }

    private static bool IsMark(string token) => token is "\u201C" or "\u201D" or "\"" or "\u2018" or "\u2019" or "'" or "\u2014" or "``" or "''";
}
