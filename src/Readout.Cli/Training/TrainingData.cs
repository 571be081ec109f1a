using System.Text.RegularExpressions;
using Readout.Evaluation.Corpora;
using Readout.Nlp.Conllu;

namespace Readout.Cli.Training;

/// <summary>The sentences of one split of the treebanks given with <c>--data</c>, with what a manifest records about them.</summary>
/// <remarks>GUM contributes its dep-open documents only: dep-nc texts are for evaluation and are never trained on.</remarks>
internal sealed partial class TrainingData
{
    private TrainingData(List<ConlluSentence> sentences, List<TreebankSource> sources)
    {
        Sentences = sentences;
        Sources = sources;
    }

    /// <summary>Every sentence, treebank by treebank in the order given.</summary>
    public List<ConlluSentence> Sentences { get; }

    /// <summary>What was read from each treebank.</summary>
    public List<TreebankSource> Sources { get; }

    /// <summary>The number of syntactic words.</summary>
    public long Words => Sentences.Sum(s => (long)s.Words.Count);

    /// <summary>Reads <paramref name="split"/> of every treebank folder in <paramref name="directories"/>.</summary>
    public static TrainingData Read(IEnumerable<string> directories, string split)
    {
        var sentences = new List<ConlluSentence>();
        var sources = new List<TreebankSource>();
        foreach (var directory in directories)
        {
            var files = Treebank.Files(directory, split, subset: "dep-open");
            var before = sentences.Count;
            foreach (var file in files)
            {
                sentences.AddRange(ConlluReader.ReadFile(file));
            }

            var words = sentences.Skip(before).Sum(s => (long)s.Words.Count);
            sources.Add(new TreebankSource(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), split, files.Count, sentences.Count - before, words, SourceCommit(directory)));
        }

        return new TrainingData(sentences, sources);
    }

    // SOURCE.md names the upstream snapshot as "Snapshot commit: `<sha>`".
    internal static string? SourceCommit(string directory)
    {
        var path = Path.Combine(directory, "SOURCE.md");
        if (!File.Exists(path))
        {
            return null;
        }

        var match = CommitPattern().Match(File.ReadAllText(path));
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"Snapshot commit:\s*`([0-9a-f]{7,40})`")]
    private static partial Regex CommitPattern();
}

/// <summary>What one treebank contributed to a training run.</summary>
internal sealed record TreebankSource(string Name, string Split, int Files, int Sentences, long Words, string? Commit);
