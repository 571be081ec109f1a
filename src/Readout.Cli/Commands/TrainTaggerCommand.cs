using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Readout.Cli.Training;
using Readout.Nlp.Tagging;

namespace Readout.Cli.Commands;

/// <summary><c>readout train tagger</c>: the part-of-speech tagger, from UD treebanks (and MASC's tag dictionary).</summary>
internal static class TrainTaggerCommand
{
    public static Command Create(CliContext context)
    {
        var (data, output, seed, epochs) = SyntaxTraining.CommonOptions("models/tagger", 10);
        var secondPass = new Option<bool>("--second-pass") { Description = "Train a second pass that sees the first pass's tags to the right." };
        var masc = new Option<string?>("--masc") { Description = "MASC (NLTK's masc_tagged folder): its Penn tags become a tag-dictionary feature." };
        var command = new Command("tagger", "Train the part-of-speech tagger (UPOS, XPOS, UFeats).") { data, output, seed, epochs, secondPass, masc };
        command.SetAction(parse => SyntaxTraining.Run(context, () =>
        {
            var directories = parse.GetValue(data)!;
            var options = new TaggerTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(secondPass));
            var train = TrainingData.Read(directories, "train");
            context.Error.WriteLine($"training the tagger on {train.Sentences.Count} sentences, {train.Words} words");
            var clock = Stopwatch.StartNew();
            var external = parse.GetValue(masc) is { } mascDirectory ? TagDictionary.Build(MascCorpus.Words(mascDirectory), 2, 0.1, -11) : null;
            var model = PerceptronTaggerTrainer.Train(train.Sentences, options, external, context.Error.WriteLine);
            context.Error.WriteLine($"trained in {clock.Elapsed.TotalSeconds:0.0} s: {model.FirstPass.FeatureCount} features, {model.FirstPass.WeightCount} weights");
            var path = Path.Combine(parse.GetValue(output)!, "model.bin");
            model.Save(path);
            var dev = SyntaxTraining.DevScores(directories, [new PerceptronTagger(model)], "tag");
            var hyper = new JsonObject
            {
                ["method"] = "greedy averaged perceptron, hashed features",
                ["epochs"] = options.Epochs,
                ["seed"] = options.Seed,
                ["second_pass"] = options.SecondPass,
                ["tag_dictionary"] = external is null ? null : $"MASC ({external.Count} words seen twice or more; tags under 10% of a word's uses left out)",
                ["ambiguity_minimum_count"] = options.AmbiguityMinimumCount,
                ["minimum_weight"] = options.MinimumWeight,
            };
            ModelManifest.Write(path, "tagger", train, hyper, dev, SyntaxTraining.Licence);
            context.Out.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, sha256 {Nlp.Learning.ModelFile.Sha256(path)})");
            dev.Write(context.Out, false);
        }));
        return command;
    }
}
