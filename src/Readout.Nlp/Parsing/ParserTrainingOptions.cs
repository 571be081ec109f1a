namespace Readout.Nlp.Parsing;

/// <summary>Hyper-parameters of <see cref="ParserTrainer"/>.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the shuffle and of exploration; the same seed gives the same model, byte for byte.</param>
/// <param name="ExplorationStart">The first epoch in which the parser follows its own mistakes (dynamic-oracle training).</param>
/// <param name="ExplorationProbability">How often a wrong prediction is followed rather than corrected, from that epoch on.</param>
/// <param name="MinimumWeight">Averaged weights smaller than this are dropped from the model.</param>
/// <param name="MinimumUpdates">Features updated fewer times are dropped from the model.</param>
public sealed record ParserTrainingOptions(
    int Epochs = 12,
    int Seed = 1,
    int ExplorationStart = 2,
    double ExplorationProbability = 0.9,
    float MinimumWeight = 0.0f,
    int MinimumUpdates = 3);
