using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Readout.Cli.Training;
using Readout.Evaluation.Corpora;
using Readout.Evaluation.Entities;
using Readout.Knowledge;
using Readout.Knowledge.Index;
using Readout.Nlp.Entities;
using Readout.Nlp.Learning;
using Readout.Nlp.Tagging;

namespace Readout.Cli.Commands;

/// <summary><c>readout train ner</c>: the entity recognizer, from UNER_English-EWT's train split, with the knowledge base as gazetteer.</summary>
internal static class TrainNerCommand
{
    private const string Licence = "Derived from UNER_English-EWT (CC BY-SA 4.0, Mayhew et al. 2024) and the knowledge base's names as gazetteer; see NOTICE.md.";

    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "The UNER_English-EWT folder: its train split is learned, its dev split scored.",
            DefaultValueFactory = _ => "../shared/data/corpora/UNER_English-EWT",
        };
        var output = new Option<string>("--out") { Description = "The model folder to write.", DefaultValueFactory = _ => "models/ner" };
        var seed = new Option<int>("--seed") { Description = "Seed of the training shuffle.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 12 };
        var noSecondPass = new Option<bool>("--no-second-pass") { Description = "Train the left-to-right pass only." };
        var noGazetteer = new Option<bool>("--no-gazetteer") { Description = "Train without the knowledge base's names as features." };
        var gum = new Option<string?>("--gum") { Description = "The GUM folder: the named person, organisation and place mentions of its dep-open train documents are learned too." };
        var wnut = new Option<string?>("--wnut") { Description = "The WNUT17 folder: its train posts (person, location, corporation and group names) are learned too, each as a document of its own." };
        var minimumUpdates = new Option<int>("--minimum-updates") { Description = "Features updated fewer times are left out of the model.", DefaultValueFactory = _ => 1 };
        var lowerCase = new Option<bool>("--lower-case-copies") { Description = "Also learn an all-lower-case copy of every training document." };
        var greedy = new Option<bool>("--greedy") { Description = "Train greedy left-to-right passes instead of structured (Viterbi-decoded) ones." };
        var tagger = SyntaxTraining.TaggerOption();
        var command = new Command("ner", "Train the named-entity recognizer (PERSON, ORG, LOC).") { data, output, seed, epochs, noSecondPass, noGazetteer, gum, wnut, minimumUpdates, greedy, lowerCase, tagger };
        command.SetAction(parse => SyntaxTraining.Run(context, () =>
        {
            var directory = parse.GetValue(data)!;
            var options = new EntityTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), !parse.GetValue(noSecondPass), MinimumUpdates: parse.GetValue(minimumUpdates), Structured: !parse.GetValue(greedy));
            var taggerStage = new PerceptronTagger(parse.GetValue(tagger)!);
            IEntityGazetteer? gazetteer = parse.GetValue(noGazetteer) ? null : new KnowledgeGazetteer(KnowledgeBase.Shared);
            var trainFile = EntityCorpus.FileOf(directory, "train");
            var corpus = IobCorpus.Read(trainFile, EntityCorpus.ToReadoutType);
            var documents = EntityCorpus.Documents(corpus, Path.GetFileName(trainFile)).Select(d => d.Example).ToList();
            var corpusDocuments = documents.Count;
            var gumDocuments = new List<EntityTrainingDocument>();
            if (parse.GetValue(gum) is { } gumDirectory)
            {
                var titles = KnowledgeBase.Shared.Titles;
                gumDocuments = GumNamedEntities.Read(Treebank.Files(gumDirectory, "train", subset: "dep-open"), word => titles.TryFind(word, out _));
                documents.AddRange(gumDocuments);
            }
            var wnutDocuments = new List<EntityTrainingDocument>();
            string? wnutFile = null;
            if (parse.GetValue(wnut) is { } wnutDirectory)
            {
                wnutFile = EntityCorpus.FileOf(wnutDirectory, "train");
                var posts = IobCorpus.Read(wnutFile, EntityCorpus.ToReadoutType);
                wnutDocuments = EntityCorpus.Documents(posts, Path.GetFileName(wnutFile), sentencesAsDocuments: true).Select(d => d.Example).ToList();
                documents.AddRange(wnutDocuments);
            }

            var lowerCaseCopies = 0;
            if (parse.GetValue(lowerCase))
            {
                var copies = documents.Take(corpusDocuments).Select(EntityCorpus.LowerCased).ToList();
                lowerCaseCopies = copies.Count;
                documents.AddRange(copies);
            }

            foreach (var document in documents)
            {
                taggerStage.Process(document.Document);
            }

            context.Error.WriteLine($"training the entity recognizer on {documents.Count} documents ({corpusDocuments} from {Path.GetFileName(trainFile)}: {corpus.Sentences.Count} sentences, {corpus.Tokens.Count} tokens)");
            var clock = Stopwatch.StartNew();
            var model = EntityRecognizerTrainer.Train(documents, [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Location], options, gazetteer, context.Error.WriteLine);
            context.Error.WriteLine($"trained in {clock.Elapsed.TotalSeconds:0.0} s: {model.FirstPass.FeatureCount} features, {model.FirstPass.WeightCount} weights");
            var path = Path.Combine(parse.GetValue(output)!, "model.bin");
            model.Save(path);
            var dev = EntityRecognitionEvaluator.Evaluate(directory, "dev", [taggerStage, new PerceptronEntityRecognizer(model, gazetteer)]);
            var trainingData = new JsonArray(new JsonObject
            {
                ["corpus"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)),
                ["file"] = Path.GetRelativePath(directory, trainFile),
                ["documents"] = corpusDocuments,
                ["sentences"] = corpus.Sentences.Count,
                ["tokens"] = corpus.Tokens.Count,
                ["names"] = corpus.Spans.Count,
                ["mapping"] = "PER -> PERSON, ORG -> ORG, LOC -> LOC; OTH and stray O tags dropped (SOURCE.md)",
                ["source_commit"] = TrainingData.SourceCommit(directory),
            });
            if (parse.GetValue(gum) is { } gumFolder)
            {
                trainingData.Add(new JsonObject
                {
                    ["corpus"] = "GUM",
                    ["subset"] = "dep-open, train split",
                    ["documents"] = gumDocuments.Count,
                    ["tokens"] = gumDocuments.Sum(d => d.Tags.Count),
                    ["names"] = gumDocuments.Sum(d => d.Tags.Count(t => t.StartsWith("B-", StringComparison.Ordinal))),
                    ["mapping"] = "outermost person/organization/place mentions headed by a proper noun, leading articles and titles left out",
                    ["source_commit"] = TrainingData.SourceCommit(gumFolder),
                });
            }

            if (parse.GetValue(wnut) is { } wnutFolder)
            {
                trainingData.Add(new JsonObject
                {
                    ["corpus"] = "WNUT17",
                    ["file"] = Path.GetRelativePath(wnutFolder, wnutFile!),
                    ["documents"] = wnutDocuments.Count,
                    ["tokens"] = wnutDocuments.Sum(d => d.Tags.Count),
                    ["names"] = wnutDocuments.Sum(d => d.Tags.Count(t => t.StartsWith("B-", StringComparison.Ordinal))),
                    ["mapping"] = "person -> PERSON, corporation and group -> ORG, location -> LOC; product and creative-work dropped",
                    ["source_commit"] = TrainingData.SourceCommit(wnutFolder),
                });
            }

            var hyper = new JsonObject
            {
                ["method"] = options.Structured
                    ? "structured averaged perceptron over BILOU classes, Viterbi over valid transitions, hashed word and transition features; second pass with right context and document memory"
                    : "greedy averaged perceptron over BILOU classes, hashed features; second pass with right context and document memory",
                ["epochs"] = options.Epochs,
                ["seed"] = options.Seed,
                ["second_pass"] = options.SecondPass,
                ["gazetteer"] = gazetteer?.Version,
                ["minimum_updates"] = options.MinimumUpdates,
                ["lower_case_copies"] = lowerCaseCopies,
                ["tags"] = "readout tagger (models/tagger)",
            };
            ModelManifest.Write(path, "ner", trainingData, hyper, dev, parse.GetValue(wnut) is null ? Licence : Licence + " Also derived from WNUT17 (CC BY 4.0, Derczynski et al. 2017).");
            context.Out.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, sha256 {ModelFile.Sha256(path)})");
            dev.Write(context.Out, false);
        }));
        return command;
    }
}
