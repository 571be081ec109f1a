using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Readout.Cli.Training;
using Readout.Core.Documents;
using Readout.Evaluation.Syntax;
using Readout.Nlp.Conllu;
using Readout.Nlp.Parsing;
using Readout.Nlp.Tagging;

namespace Readout.Cli.Commands;

/// <summary><c>readout train parser</c>: the arc-hybrid dependency parser, from UD treebanks, on jack-knifed tags.</summary>
internal static class TrainParserCommand
{
    public static Command Create(CliContext context)
    {
        var (data, output, seed, epochs) = SyntaxTraining.CommonOptions("models/parser", 12);
        var tagger = SyntaxTraining.TaggerOption();
        var exploration = new Option<double>("--exploration") { Description = "How often a wrong prediction is followed in training.", DefaultValueFactory = _ => 0.9 };
        var minimumUpdates = new Option<int>("--minimum-updates") { Description = "Drop features updated fewer times (smaller, faster model).", DefaultValueFactory = _ => 3 };
        var jackknife = new Option<int>("--jackknife")
        {
            Description = "Train on tags predicted by taggers trained on the other K-1 folds (0: gold tags).",
            DefaultValueFactory = _ => 4,
        };
        var command = new Command("parser", "Train the arc-hybrid dependency parser.") { data, output, seed, epochs, tagger, exploration, minimumUpdates, jackknife };
        command.SetAction(parse => SyntaxTraining.Run(context, () =>
        {
            var directories = parse.GetValue(data)!;
            var options = new ParserTrainingOptions(
                parse.GetValue(epochs),
                parse.GetValue(seed),
                ExplorationProbability: parse.GetValue(exploration),
                MinimumUpdates: parse.GetValue(minimumUpdates));
            var train = TrainingData.Read(directories, "train");
            context.Error.WriteLine($"training the parser on {train.Sentences.Count} sentences, {train.Words} words");
            var clock = Stopwatch.StartNew();
            var folds = parse.GetValue(jackknife);
            var predicted = folds > 1 ? JackknifeTags(train.Sentences, folds, parse.GetValue(seed), context.Error) : null;
            var model = ParserTrainer.Train(train.Sentences, options, predicted is null ? null : sentence => predicted[sentence], context.Error.WriteLine);
            context.Error.WriteLine($"trained in {clock.Elapsed.TotalSeconds:0.0} s: {model.Weights.FeatureCount} features, {model.Weights.WeightCount} weights");
            var path = Path.Combine(parse.GetValue(output)!, "model.bin");
            model.Save(path);
            var dev = SyntaxTraining.DevScores(directories, [new PerceptronTagger(parse.GetValue(tagger)!), new ArcHybridParser(model)], "parse");
            var hyper = new JsonObject
            {
                ["method"] = "greedy arc-hybrid, averaged perceptron, dynamic oracle with exploration",
                ["training_tags"] = folds > 1 ? $"predicted, {folds}-fold jackknife (first-pass tagger, 8 epochs)" : "gold",
                ["minimum_updates"] = options.MinimumUpdates,
                ["epochs"] = options.Epochs,
                ["seed"] = options.Seed,
                ["exploration_start"] = options.ExplorationStart,
                ["exploration_probability"] = options.ExplorationProbability,
                ["minimum_weight"] = options.MinimumWeight,
                ["dev_tagger"] = parse.GetValue(tagger),
            };
            ModelManifest.Write(path, "parser", train, hyper, dev, SyntaxTraining.Licence);
            context.Out.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, sha256 {Nlp.Learning.ModelFile.Sha256(path)})");
            dev.Write(context.Out, false);
        }));
        return command;
    }

    // Tags for each training sentence from a tagger that never saw it, so the parser learns from realistic tag errors.
    private static Dictionary<ConlluSentence, (UniversalPos, string)[]> JackknifeTags(List<ConlluSentence> sentences, int folds, int seed, TextWriter log)
    {
        var tags = new Dictionary<ConlluSentence, (UniversalPos, string)[]>(ReferenceEqualityComparer.Instance);
        for (var fold = 0; fold < folds; fold++)
        {
            var held = sentences.Where((_, i) => i % folds == fold).ToList();
            var rest = sentences.Where((_, i) => i % folds != fold).ToList();
            var model = PerceptronTaggerTrainer.Train(rest, new TaggerTrainingOptions(Epochs: 8, Seed: seed));
            var document = SyntaxEvaluator.GoldTokenDocument(held);
            new PerceptronTagger(model).Process(document);
            var index = 0;
            foreach (var sentence in held)
            {
                var predicted = new (UniversalPos, string)[sentence.Words.Count];
                for (var w = 0; w < predicted.Length; w++, index++)
                {
                    predicted[w] = (document.Tokens.Upos[index], document.Tokens.Xpos[index]!);
                }

                tags.Add(sentence, predicted);
            }

            log.WriteLine($"jackknife fold {fold + 1}/{folds} tagged");
        }

        return tags;
    }
}
