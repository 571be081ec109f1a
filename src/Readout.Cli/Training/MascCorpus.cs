using Readout.Core.Errors;

namespace Readout.Cli.Training;

/// <summary>Reads the Penn-tagged words of MASC as packaged by NLTK: <c>word_TAG</c> separated by spaces, one sentence a line.</summary>
internal static class MascCorpus
{
    /// <summary>Every (word, Penn tag) of every text file under <paramref name="directory"/>, in path order.</summary>
    public static IEnumerable<(string Word, string Tag)> Words(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no such directory");
        }

        var files = Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "categories.txt")
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                foreach (var item in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var underscore = item.LastIndexOf('_');
                    if (underscore > 0 && underscore < item.Length - 1)
                    {
                        yield return (item[..underscore], item[(underscore + 1)..]);
                    }
                }
            }
        }
    }
}
