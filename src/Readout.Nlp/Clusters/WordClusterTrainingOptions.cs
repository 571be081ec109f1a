namespace Readout.Nlp.Clusters;

/// <summary>Hyper-parameters of <see cref="WordClusterTrainer"/>.</summary>
public sealed record WordClusterTrainingOptions
{
    /// <summary>The number of classes at each level, finest first; each level is learned over the classes of the one before.</summary>
    public IReadOnlyList<int> Levels { get; init; } = [1000, 200, 40];

    /// <summary>Words seen fewer times are left out (they share one class while learning and are unknown afterwards).</summary>
    public int MinimumCount { get; init; } = 3;

    /// <summary>The most passes of the exchange algorithm at each level.</summary>
    public int Passes { get; init; } = 20;

    /// <summary>A level stops after a pass that moves fewer than this share of its items.</summary>
    public double StopBelow { get; init; } = 0.002;

    /// <summary>Seed of the initial classes; the same seed and text give the same classes.</summary>
    public int Seed { get; init; } = 1;
}
