using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Readout.Cli.Training;
using Readout.Nlp.Lemmatization;
using Readout.Nlp.Tagging;

namespace Readout.Cli.Commands;

/// <summary><c>readout train lemmatizer</c>: the word list and suffix rules of the lemmatizer, from UD treebanks.</summary>
internal static class TrainLemmatizerCommand
{
    public static Command Create(CliContext context)
    {
        var (data, output, seed, _) = SyntaxTraining.CommonOptions("models/lemmatizer", 1);
        var tagger = SyntaxTraining.TaggerOption();
        var minimum = new Option<int>("--minimum-suffix-count") { Description = "How often a suffix must be seen with a tag for its rule to be used.", DefaultValueFactory = _ => 2 };
        var command = new Command("lemmatizer", "Learn the lemmatizer (word list and suffix rules per Penn tag).") { data, output, seed, tagger, minimum };
        command.SetAction(parse => SyntaxTraining.Run(context, () =>
        {
            var directories = parse.GetValue(data)!;
            var train = TrainingData.Read(directories, "train");
            var clock = Stopwatch.StartNew();
            var model = LemmaTrainer.Train(train.Sentences, parse.GetValue(minimum));
            context.Error.WriteLine($"learned {model.WordCount} words in {clock.Elapsed.TotalSeconds:0.0} s");
            var path = Path.Combine(parse.GetValue(output)!, "model.bin");
            model.Save(path);
            var dev = SyntaxTraining.DevScores(directories, [new PerceptronTagger(parse.GetValue(tagger)!), new SuffixRuleLemmatizer(model)], "tag");
            var hyper = new JsonObject
            {
                ["method"] = "word list and longest-suffix rules per Penn tag, learned by counting",
                ["minimum_suffix_count"] = model.MinimumSuffixCount,
                ["longest_suffix"] = LemmaModel.LongestSuffix,
                ["dev_tagger"] = parse.GetValue(tagger),
            };
            ModelManifest.Write(path, "lemmatizer", train, hyper, dev, SyntaxTraining.Licence);
            context.Out.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, sha256 {Nlp.Learning.ModelFile.Sha256(path)})");
            dev.Write(context.Out, false);
        }));
        return command;
    }
}
