using System.Globalization;
using Readout.Core.Errors;

namespace Readout.Evaluation.Events;

/// <summary>Reads the ConfliBERT CAMEO data: <c>cameo_class/test.tsv</c> (sentence, pentacode) and <c>cameo_ner/test.txt</c> (token, BIO tag).</summary>
public static class ConflibertReader
{
    /// <summary>The classified sentences of <paramref name="directory"/>'s test split.</summary>
    public static List<ConflibertSentence> ReadClasses(string directory)
    {
        var path = Path.Combine(directory, "cameo_class", "test.tsv");
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{path}: no ConfliBERT class file (is ../shared/data present?)");
        }

        var sentences = new List<ConflibertSentence>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var label) || label > 4)
            {
                continue;
            }

            sentences.Add(new ConflibertSentence(line[..tab], label));
        }

        return sentences;
    }

    /// <summary>The span sentences of <paramref name="directory"/>'s test split.</summary>
    public static List<ConflibertSpans> ReadSpans(string directory)
    {
        var path = Path.Combine(directory, "cameo_ner", "test.txt");
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{path}: no ConfliBERT span file");
        }

        var sentences = new List<ConflibertSpans>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path).Append(string.Empty))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new ConflibertSpans([.. tokens], [.. tags]));
                    tokens.Clear();
                    tags.Clear();
                }

                continue;
            }

            var space = line.LastIndexOf(' ');
            tokens.Add(space > 0 ? line[..space] : line);
            tags.Add(space > 0 ? line[(space + 1)..] : "O");
        }

        return sentences;
    }
}
