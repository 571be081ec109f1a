using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Evaluation.Reporting;
using Readout.Nlp.Learning;

namespace Readout.Cli.Training;

/// <summary>Writes manifest.json beside a trained model: data, seed, hyper-parameters, dev scores, size and checksum.</summary>
/// <remarks>It holds no dates or timings, so retraining with the same seed reproduces the manifest as well as the model.</remarks>
internal static class ModelManifest
{
    public static void Write(string modelPath, string kind, TrainingData data, JsonObject hyperParameters, EvaluationReport devScores, string licence) =>
        Write(modelPath, kind, new JsonArray([.. data.Sources.Select(s => (JsonNode)new JsonObject
        {
            ["treebank"] = s.Name,
            ["split"] = s.Split,
            ["files"] = s.Files,
            ["sentences"] = s.Sentences,
            ["words"] = s.Words,
            ["source_commit"] = s.Commit,
        })]), hyperParameters, devScores, licence);

    /// <summary>Writes the manifest of a model trained on data described by <paramref name="trainingData"/> (one object per source).</summary>
    /// <remarks>A model with no dev split to score (word clusters learned from unlabelled text) passes null <paramref name="devScores"/>.</remarks>
    public static void Write(string modelPath, string kind, JsonArray trainingData, JsonObject hyperParameters, EvaluationReport? devScores, string licence)
    {
        var manifest = new JsonObject
        {
            ["model"] = kind,
            ["file"] = Path.GetFileName(modelPath),
            ["sha256"] = ModelFile.Sha256(modelPath),
            ["bytes"] = new FileInfo(modelPath).Length,
            ["trainer"] = $"readout train {kind}",
            ["training_data"] = trainingData,
            ["licence"] = licence,
            ["hyper_parameters"] = hyperParameters,
        };
        if (devScores is not null)
        {
            manifest["dev_scores"] = devScores.ToJson();
        }

        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "manifest.json");
        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
