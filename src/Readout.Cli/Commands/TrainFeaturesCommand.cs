using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Readout.Cli.Training;
using Readout.Nlp.Parsing;
using Readout.Nlp.Tagging;

namespace Readout.Cli.Commands;

/// <summary><c>readout train features</c>: the morphological features that depend on syntax, learned from UD trees.</summary>
internal static class TrainFeaturesCommand
{
    public static Command Create(CliContext context)
    {
        var (data, output, _, _) = SyntaxTraining.CommonOptions("models/features", 1);
        var tagger = SyntaxTraining.TaggerOption();
        var parser = new Option<string>("--parser")
        {
            Description = "The parser model whose trees are used for dev scores.",
            DefaultValueFactory = _ => Path.Combine("models", ArcHybridParser.ModelPath),
        };
        var minimum = new Option<int>("--minimum-count") { Description = "Contexts seen fewer times are left out.", DefaultValueFactory = _ => 2 };
        var command = new Command("features", "Learn the syntax-dependent morphological features (agreement, voice, case, mood).") { data, output, tagger, parser, minimum };
        command.SetAction(parse => SyntaxTraining.Run(context, () =>
        {
            var directories = parse.GetValue(data)!;
            var train = TrainingData.Read(directories, "train");
            var clock = Stopwatch.StartNew();
            var model = SyntacticFeatureModel.Learn(train.Sentences, parse.GetValue(minimum));
            context.Error.WriteLine($"learned {model.WordEntries} (word, tag, context) entries in {clock.Elapsed.TotalSeconds:0.0} s");
            var path = Path.Combine(parse.GetValue(output)!, "model.bin");
            model.Save(path);
            var components = new Core.Processing.IComponent[]
            {
                new PerceptronTagger(parse.GetValue(tagger)!),
                new ArcHybridParser(parse.GetValue(parser)!),
                new SyntacticFeatureRefiner(model),
            };
            var dev = SyntaxTraining.DevScores(directories, components, "tag");
            var hyper = new JsonObject
            {
                ["method"] = "most frequent features per (word, Penn tag, syntactic context), and per (tag, context) for verbs",
                ["minimum_count"] = parse.GetValue(minimum),
                ["dev_tagger"] = parse.GetValue(tagger),
                ["dev_parser"] = parse.GetValue(parser),
            };
            ModelManifest.Write(path, "features", train, hyper, dev, SyntaxTraining.Licence);
            context.Out.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, sha256 {Nlp.Learning.ModelFile.Sha256(path)})");
            dev.Write(context.Out, false);
        }));
        return command;
    }
}
