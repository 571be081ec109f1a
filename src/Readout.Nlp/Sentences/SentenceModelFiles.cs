using Readout.Core.Models;

namespace Readout.Nlp.Sentences;

/// <summary>Where the shipped sentence-boundary model lives and how it is loaded.</summary>
public static class SentenceModelFiles
{
    /// <summary>The model file, relative to the models folder.</summary>
    public const string ModelPath = "sentences/boundary.bin";

    /// <summary>The manifest, relative to the models folder.</summary>
    public const string ManifestPath = "sentences/manifest.json";

    private static readonly Lazy<PerceptronSentenceSplitter> Shared = new(Load);

    /// <summary>The splitter over the shipped model, loaded once per process and shared (it is read-only).</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the model is not installed; RO1005 when it is corrupt.</exception>
    public static PerceptronSentenceSplitter Default => Shared.Value;

    private static PerceptronSentenceSplitter Load()
    {
        var path = ModelDirectory.Resolve(ModelPath);
        var model = SentenceBoundaryModel.Load(path);

        // The version names the model by the start of its checksum, so stored results know which model made them.
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))[..12];
        return new PerceptronSentenceSplitter(model, "1.0+" + hash);
    }
}
