using Readout.Core.Errors;

namespace Readout.Evaluation.Corpora;

/// <summary>Finds the CoNLL-U files of a treebank split in the layouts of ../shared/data/corpora.</summary>
public static class Treebank
{
    /// <summary>The files of <paramref name="split"/> (train, dev, test) in <paramref name="directory"/>.</summary>
    /// <remarks>
    /// A UD treebank folder holds <c>*-ud-{split}.conllu</c> (PUD has only test). The GUM folder holds
    /// <c>dep-open/</c>, <c>dep-nc/</c> and <c>splits/{split}.txt</c>; <paramref name="subset"/> chooses between
    /// dep-open (the default: its texts are openly licensed) and dep-nc (evaluation only).
    /// </remarks>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.EvaluationDataMissing"/> when nothing matches.</exception>
    public static IReadOnlyList<string> Files(string directory, string split, string subset = "dep-open", string? genre = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no such directory (is ../shared/data present?)");
        }

        var splitList = Path.Combine(directory, "splits", split + ".txt");
        var subsetDirectory = Path.Combine(directory, subset);
        if (File.Exists(splitList) && Directory.Exists(subsetDirectory))
        {
            var names = File.ReadAllLines(splitList).Select(l => l.Trim()).Where(l => l.Length > 0);
            var files = names
                .Select(n => Path.Combine(subsetDirectory, n.EndsWith(".conllu", StringComparison.Ordinal) ? n : n + ".conllu"))
                .Where(File.Exists)
                .Where(f => genre is null || Path.GetFileName(f).StartsWith($"GUM_{genre}_", StringComparison.Ordinal))
                .ToList();
            return files.Count > 0 ? files : throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no {subset} documents in split '{split}'");
        }

        var matches = Directory.GetFiles(directory, $"*-ud-{split}.conllu").Order(StringComparer.Ordinal).ToList();
        return matches.Count > 0
            ? matches
            : throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no *-ud-{split}.conllu file");
    }
}
