using System.CommandLine;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Evaluation.Corpora;
using Readout.Evaluation.Reporting;
using Readout.Evaluation.Syntax;
using Readout.Nlp.Tagging;

namespace Readout.Cli.Training;

/// <summary>What the tagger, lemmatizer and parser training commands share: options, dev scores, error reporting.</summary>
internal static class SyntaxTraining
{
    /// <summary>The licence line every syntax manifest carries.</summary>
    public const string Licence = "Derived from UD_English-EWT (CC BY-SA 4.0) and GUM dep-open (annotations CC BY 4.0); see NOTICE.md.";

    /// <summary>The options every syntax training command has.</summary>
    public static (Option<string[]> Data, Option<string> Out, Option<int> Seed, Option<int> Epochs) CommonOptions(string defaultOut, int defaultEpochs)
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Treebank folders (UD_English-EWT, GUM…); their train splits are used, GUM's dep-open documents only.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "The model folder to write.", DefaultValueFactory = _ => defaultOut };
        var seed = new Option<int>("--seed") { Description = "Seed of the training shuffle.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaultEpochs };
        return (data, output, seed, epochs);
    }

    /// <summary>The tagger whose tags the dev scores of the lemmatizer and parser use.</summary>
    public static Option<string> TaggerOption() => new("--tagger")
    {
        Description = "The tagger model whose tags are used for dev scores.",
        DefaultValueFactory = _ => Path.Combine("models", PerceptronTagger.ModelPath),
    };

    /// <summary>Dev scores on gold tokenization, per treebank, for the manifest and the console.</summary>
    public static EvaluationReport DevScores(string[] directories, IReadOnlyList<IComponent> components, string name)
    {
        var report = new EvaluationReport(name + "-dev");
        foreach (var directory in directories)
        {
            var treebank = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
            var scores = SyntaxEvaluator.Evaluate(name, Treebank.Files(directory, "dev"), components, endToEnd: false);
            var section = report.Section(treebank);
            foreach (var key in new[] { "upos", "xpos", "ufeats", "lemma", "uas", "las" })
            {
                if (scores.Get(key) is { } value)
                {
                    section.Metric(key, value);
                }
            }
        }

        return report;
    }

    /// <summary>Runs a training; a coded error becomes one line on standard error and exit code 1.</summary>
    public static int Run(CliContext context, Action train)
    {
        try
        {
            train();
            return 0;
        }
        catch (ReadoutException error)
        {
            context.ReportError("train", error);
            return 1;
        }
    }
}
