namespace Readout.Nlp.Entities;

/// <summary>Hyper-parameters of <see cref="EntityRecognizerTrainer"/>.</summary>
/// <param name="Epochs">Passes over the training documents.</param>
/// <param name="Seed">Seed of the shuffle before each pass; the same seed gives the same model, byte for byte.</param>
/// <param name="SecondPass">Also train the second pass (right context and document memory).</param>
/// <param name="MinimumWeight">Averaged weights smaller than this are dropped from the model.</param>
/// <param name="MinimumUpdates">Features updated fewer times are dropped from the model.</param>
/// <param name="Structured">
/// Train each pass as a structured (Collins) perceptron decoded by Viterbi over valid BILOU sequences; otherwise greedy,
/// one word at a time.
/// </param>
public sealed record EntityTrainingOptions(
    int Epochs = 10,
    int Seed = 1,
    bool SecondPass = true,
    float MinimumWeight = 0.0f,
    int MinimumUpdates = 1,
    bool Structured = true);
