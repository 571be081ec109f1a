namespace Readout.Nlp.Tagging;

/// <summary>Hyper-parameters of <see cref="PerceptronTaggerTrainer"/>.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the shuffle before each pass; the same seed gives the same model, byte for byte.</param>
/// <param name="SecondPass">Also train a second pass that sees the first pass's tags of the next two words.</param>
/// <param name="AmbiguityMinimumCount">Words seen fewer times get no tag-dictionary entry (they look like unknown words).</param>
/// <param name="MinimumWeight">Averaged weights smaller than this are dropped from the model.</param>
/// <param name="MinimumUpdates">Features updated fewer times are dropped from the model.</param>
public sealed record TaggerTrainingOptions(
    int Epochs = 10,
    int Seed = 1,
    bool SecondPass = false,
    int AmbiguityMinimumCount = 3,
    float MinimumWeight = 0.0f,
    int MinimumUpdates = 1);
