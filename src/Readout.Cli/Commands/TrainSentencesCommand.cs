using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Readout.Core.Errors;
using Readout.Evaluation.Corpora;
using Readout.Evaluation.Tokenization;
using Readout.Evaluation.Training;
using Readout.Nlp.Sentences;

namespace Readout.Cli.Commands;

/// <summary><c>readout train sentences</c>: the sentence-boundary model, from UD_English-EWT train and GUM dep-open train.</summary>
internal static class TrainSentencesCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The corpora folder (holding UD_English-EWT and GUM).", DefaultValueFactory = _ => "../shared/data/corpora" };
        var output = new Option<string>("--out") { Description = "The model folder to write.", DefaultValueFactory = _ => "models/sentences" };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => 20261125 };
        var command = new Command("sentences", "Train the sentence-boundary model.") { data, output, epochs, seed };
        command.SetAction(parse =>
        {
            try
            {
                Train(context, parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(epochs), parse.GetValue(seed));
                return 0;
            }
            catch (ReadoutException error)
            {
                context.ReportError("train sentences", error);
                return 1;
            }
        });
        return command;
    }

    private static void Train(CliContext context, string corpora, string output, int epochs, int seed)
    {
        var ewt = Path.Combine(corpora, "UD_English-EWT");
        var gum = Path.Combine(corpora, "GUM");
        var trainFiles = Treebank.Files(ewt, "train").Concat(Treebank.Files(gum, "train")).ToList();
        var started = DateTime.UtcNow;
        var trained = SentenceBoundaryTrainer.Train(SentenceTrainingData.Load(trainFiles), epochs, seed);

        // The margin for boundaries the rules did not propose is chosen on the dev splits (never on test).
        var model = trained;
        var best = double.MinValue;
        foreach (var margin in new[] { 0f, 0.5f, 1f, 2f, 4f, 8f })
        {
            var candidate = trained.WithAddMargin(margin);
            var splitterAtMargin = new PerceptronSentenceSplitter(candidate, "dev");
            var f1 = TokenizationEvaluator.Evaluate(ewt, "dev", splitter: splitterAtMargin).Get("sentences_f1")!.Value
                + TokenizationEvaluator.Evaluate(gum, "dev", splitter: splitterAtMargin).Get("sentences_f1")!.Value;
            if (f1 > best + 0.01)
            {
                best = f1;
                model = candidate;
            }
        }

        var seconds = (DateTime.UtcNow - started).TotalSeconds;

        Directory.CreateDirectory(output);
        var modelPath = Path.Combine(output, "boundary.bin");
        using (var stream = File.Create(modelPath))
        {
            model.Save(stream);
        }

        var splitter = new PerceptronSentenceSplitter(model, "trained");
        var scores = new JsonObject();
        foreach (var (name, directory) in new[] { ("ewt", ewt), ("gum", gum) })
        {
            var report = TokenizationEvaluator.Evaluate(directory, "dev", splitter: splitter);
            scores[$"{name}_dev_sentences_f1"] = report.Get("sentences_f1");
        }

        var bytes = File.ReadAllBytes(modelPath);
        var manifest = new JsonObject
        {
            ["model"] = "sentence-boundary averaged perceptron over hashed features, on top of the rule splitter",
            ["file"] = "boundary.bin",
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["bytes"] = bytes.Length,
            ["trained_by"] = "readout train sentences",
            ["data"] = new JsonArray(
                "UD_English-EWT train (CC BY-SA 4.0), see ../shared/data/corpora/UD_English-EWT/SOURCE.md",
                "GUM dep-open train documents (CC BY 4.0 annotations), see ../shared/data/corpora/GUM/SOURCE.md"),
            ["training_files"] = trainFiles.Count,
            ["seed"] = seed,
            ["epochs"] = epochs,
            ["hash_bits"] = SentenceBoundaryModel.Bits,
            ["add_margin"] = model.AddMargin,
            ["scores"] = scores,
            ["training_seconds"] = Math.Round(seconds, 1),
        };
        File.WriteAllText(Path.Combine(output, "manifest.json"), manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {modelPath} ({bytes.Length:N0} bytes) in {seconds:0.0}s; dev sentence F1: {scores.ToJsonString()}"));
    }
}
