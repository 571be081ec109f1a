using System.Globalization;

namespace Readout.Evaluation.Html;

/// <summary>
/// The article-extraction benchmark's per-page score: true positives, false positives and false negatives of
/// 4-token shingles (multisets), normalised so that each page weighs the same.
/// </summary>
/// <param name="TruePositive">Shared shingles over all shingles of the page.</param>
/// <param name="FalsePositive">Extracted shingles not in the gold body, over all shingles.</param>
/// <param name="FalseNegative">Gold shingles not extracted, over all shingles.</param>
public readonly record struct ShingleScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    private const int ShingleSize = 4;

    /// <summary>Scores <paramref name="extracted"/> against <paramref name="gold"/>.</summary>
    /// <remarks>
    /// Tokens are runs of word characters (Python's Unicode <c>\w</c>: letters, marks, digits, connector punctuation);
    /// a text of fewer than four tokens is one shingle of all of them, as in the benchmark's own script.
    /// </remarks>
    public static ShingleScore Of(string gold, string extracted)
    {
        var goldShingles = Shingles(gold);
        var extractedShingles = Shingles(extracted);
        double truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var (shingle, goldCount) in goldShingles)
        {
            var extractedCount = extractedShingles.GetValueOrDefault(shingle);
            truePositive += Math.Min(goldCount, extractedCount);
            falseNegative += Math.Max(0, goldCount - extractedCount);
        }

        foreach (var (shingle, extractedCount) in extractedShingles)
        {
            falsePositive += Math.Max(0, extractedCount - goldShingles.GetValueOrDefault(shingle));
        }

        var total = truePositive + falsePositive + falseNegative;
        return total == 0 ? default : new ShingleScore(truePositive / total, falsePositive / total, falseNegative / total);
    }

    /// <summary>The tokens of <paramref name="text"/>, as the benchmark cuts them.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && IsWordCharacter(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(ShingleSize));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }

        return shingles;
    }

    private static bool IsWordCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.OtherNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
