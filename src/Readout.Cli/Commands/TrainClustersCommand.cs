using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Readout.Cli.Training;
using Readout.Evaluation.Corpora;
using Readout.Nlp.Clusters;
using Readout.Nlp.Conllu;
using Readout.Nlp.Learning;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout train clusters</c>: word classes learned from unlabelled text whose licences allow shipping what is
/// derived from it (the train splits of UD_English-EWT and GUM dep-open, MASC), for the entity recognizer.
/// </summary>
/// <remarks>
/// Only train text is read: no dev or test split (they score the models these clusters feed) and no news collection
/// (research-use or benchmark-only text, not to be shipped in derived form).
/// </remarks>
internal static class TrainClustersCommand
{
    private const string Licence =
        "Derived from the text of the UD_English-EWT train split (CC BY-SA 4.0), GUM dep-open train documents "
        + "(CC BY 4.0 and CC BY-SA 3.0) and MASC (American National Corpus, open); see NOTICE.md. Distributed under CC BY-SA 4.0.";

    public static Command Create(CliContext context)
    {
        var ewt = new Option<string?>("--ewt") { Description = "The UD_English-EWT folder: the words of its train split are read.", DefaultValueFactory = _ => "../shared/data/corpora/UD_English-EWT" };
        var gum = new Option<string?>("--gum") { Description = "The GUM folder: the words of its dep-open train documents are read.", DefaultValueFactory = _ => "../shared/data/corpora/GUM" };
        var masc = new Option<string?>("--masc") { Description = "MASC (NLTK's masc_tagged folder): its words are read.", DefaultValueFactory = _ => "../shared/data/corpora/MASC_tagged-nltk" };
        var output = new Option<string>("--out") { Description = "The folder to write clusters.bin and its manifest to.", DefaultValueFactory = _ => "models/clusters" };
        var levels = new Option<string>("--levels") { Description = "Classes at each level, finest first, comma-separated.", DefaultValueFactory = _ => "1000,200,40" };
        var minimumCount = new Option<int>("--minimum-count") { Description = "Words seen fewer times get no class.", DefaultValueFactory = _ => 3 };
        var passes = new Option<int>("--passes") { Description = "The most passes of the exchange algorithm at each level.", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed of the initial classes.", DefaultValueFactory = _ => 1 };
        var command = new Command("clusters", "Learn word classes from unlabelled text (features for the entity recognizer).")
        {
            ewt, gum, masc, output, levels, minimumCount, passes, seed,
        };
        command.SetAction(parse => SyntaxTraining.Run(context, () =>
        {
            var options = new WordClusterTrainingOptions
            {
                Levels = [.. parse.GetValue(levels)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)],
                MinimumCount = parse.GetValue(minimumCount),
                Passes = parse.GetValue(passes),
                Seed = parse.GetValue(seed),
            };
            var text = new ClusterTrainingText();
            var sources = new JsonArray();
            if (parse.GetValue(ewt) is { } ewtDirectory)
            {
                sources.Add(AddTreebank(text, ewtDirectory));
            }

            if (parse.GetValue(gum) is { } gumDirectory)
            {
                sources.Add(AddTreebank(text, gumDirectory));
            }

            if (parse.GetValue(masc) is { } mascDirectory)
            {
                sources.Add(AddMasc(text, mascDirectory));
            }

            var clock = Stopwatch.StartNew();
            var clusters = WordClusterTrainer.Train(text, options, context.Error.WriteLine);
            context.Error.WriteLine($"learned in {clock.Elapsed.TotalSeconds:0.0} s: {clusters.WordCount} words in {clusters.ClassCount} classes");
            var path = Path.Combine(parse.GetValue(output)!, "clusters.bin");
            clusters.Save(path);
            var hyper = new JsonObject
            {
                ["method"] = "exchange algorithm over a class bigram model (Martin, Liermann and Ney 1998), each coarser level over the classes of the finer",
                ["levels"] = new JsonArray([.. options.Levels.Select(l => (JsonNode)l)]),
                ["minimum_count"] = options.MinimumCount,
                ["passes"] = options.Passes,
                ["stop_below"] = options.StopBelow,
                ["seed"] = options.Seed,
                ["normalisation"] = "lower case, ASCII digits as 0, at most 64 characters (WordForm.Normalize); the treebanks' and MASC's own tokens",
                ["words"] = clusters.WordCount,
                ["tokens"] = text.TokenCount,
            };
            ModelManifest.Write(path, "clusters", sources, hyper, null, Licence);
            context.Out.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, sha256 {ModelFile.Sha256(path)})");
        }));
        return command;
    }

    // The train split's words (GUM: dep-open documents only), one segment a sentence; dev and test are never read.
    private static JsonObject AddTreebank(ClusterTrainingText text, string directory)
    {
        var before = text.TokenCount;
        var files = Treebank.Files(directory, "train", subset: "dep-open");
        foreach (var file in files)
        {
            foreach (var sentence in ConlluReader.ReadFile(file))
            {
                foreach (var token in sentence.Tokens)
                {
                    text.Add(token.Form);
                }

                text.EndSegment();
            }
        }

        return new JsonObject
        {
            ["corpus"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)),
            ["split"] = "train",
            ["documents"] = files.Count,
            ["tokens"] = text.TokenCount - before,
            ["source_commit"] = TrainingData.SourceCommit(directory),
        };
    }

    private static JsonObject AddMasc(ClusterTrainingText text, string directory)
    {
        var before = text.TokenCount;
        foreach (var (word, _) in MascCorpus.Words(directory))
        {
            text.Add(word);
        }

        text.EndSegment();
        return new JsonObject
        {
            ["corpus"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)),
            ["tokens"] = text.TokenCount - before,
        };
    }
}
