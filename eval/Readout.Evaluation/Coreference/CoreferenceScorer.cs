namespace Readout.Evaluation.Coreference;

/// <summary>
/// The standard coreference metrics over clusters of mentions: MUC (link-based), B³ (mention-based) and CEAF-e
/// (entity-based, optimal one-to-one alignment), and their mean, the CoNLL F1. Values are in percent.
/// </summary>
/// <remarks>Mentions are any equatable keys (token spans). Mentions found by only one side count against it, as in the CoNLL-2012 scorer.</remarks>
public sealed class CoreferenceScorer<TMention>
    where TMention : notnull
{
    private double _mucRecallNumerator, _mucRecallDenominator, _mucPrecisionNumerator, _mucPrecisionDenominator;
    private double _b3Recall, _b3RecallCount, _b3Precision, _b3PrecisionCount;
    private double _ceafSimilarity, _ceafGold, _ceafSystem;

    /// <summary>Adds one document's gold and system clusters.</summary>
    public void Add(IReadOnlyList<IReadOnlyCollection<TMention>> gold, IReadOnlyList<IReadOnlyCollection<TMention>> system)
    {
        var goldOf = ClusterIndex(gold);
        var systemOf = ClusterIndex(system);

        // MUC: the links each side needs, minus the partitions the other side cuts a cluster into.
        foreach (var cluster in gold)
        {
            _mucRecallNumerator += cluster.Count - Partitions(cluster, systemOf);
            _mucRecallDenominator += cluster.Count - 1;
        }

        foreach (var cluster in system)
        {
            _mucPrecisionNumerator += cluster.Count - Partitions(cluster, goldOf);
            _mucPrecisionDenominator += cluster.Count - 1;
        }

        // B³: per mention, the share of its cluster the other side agrees on.
        for (var g = 0; g < gold.Count; g++)
        {
            foreach (var mention in gold[g])
            {
                _b3Recall += systemOf.TryGetValue(mention, out var s) ? (double)Overlap(gold[g], system[s]) / gold[g].Count : 0;
                _b3RecallCount++;
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            foreach (var mention in system[s])
            {
                _b3Precision += goldOf.TryGetValue(mention, out var g) ? (double)Overlap(system[s], gold[g]) / system[s].Count : 0;
                _b3PrecisionCount++;
            }
        }

        // CEAF-e: the best one-to-one alignment of entities by φ4 = 2|K∩R| / (|K| + |R|).
        var similarity = new double[gold.Count, system.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                var overlap = Overlap(gold[g], system[s]);
                similarity[g, s] = overlap == 0 ? 0 : 2.0 * overlap / (gold[g].Count + system[s].Count);
            }
        }

        _ceafSimilarity += MaximumAssignment.Total(similarity);
        _ceafGold += gold.Count;
        _ceafSystem += system.Count;
    }

    /// <summary>MUC precision, recall and F1.</summary>
    public (double Precision, double Recall, double F1) Muc => Score(_mucPrecisionNumerator, _mucPrecisionDenominator, _mucRecallNumerator, _mucRecallDenominator);

    /// <summary>B³ precision, recall and F1.</summary>
    public (double Precision, double Recall, double F1) BCubed => Score(_b3Precision, _b3PrecisionCount, _b3Recall, _b3RecallCount);

    /// <summary>CEAF-e precision, recall and F1.</summary>
    public (double Precision, double Recall, double F1) CeafEntity => Score(_ceafSimilarity, _ceafSystem, _ceafSimilarity, _ceafGold);

    /// <summary>The CoNLL F1: the mean of the MUC, B³ and CEAF-e F1.</summary>
    public double ConllF1 => (Muc.F1 + BCubed.F1 + CeafEntity.F1) / 3;

    private static (double Precision, double Recall, double F1) Score(double precisionNumerator, double precisionDenominator, double recallNumerator, double recallDenominator)
    {
        var precision = precisionDenominator == 0 ? 0 : 100 * precisionNumerator / precisionDenominator;
        var recall = recallDenominator == 0 ? 0 : 100 * recallNumerator / recallDenominator;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static Dictionary<TMention, int> ClusterIndex(IReadOnlyList<IReadOnlyCollection<TMention>> clusters)
    {
        var index = new Dictionary<TMention, int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var mention in clusters[c])
            {
                index.TryAdd(mention, c);
            }
        }

        return index;
    }

    /// <summary>How many parts the other side's clusters cut <paramref name="cluster"/> into (unmatched mentions are parts of their own).</summary>
    private static int Partitions(IReadOnlyCollection<TMention> cluster, Dictionary<TMention, int> otherOf)
    {
        var parts = new HashSet<int>();
        var alone = 0;
        foreach (var mention in cluster)
        {
            if (otherOf.TryGetValue(mention, out var other))
            {
                parts.Add(other);
            }
            else
            {
                alone++;
            }
        }

        return parts.Count + alone;
    }

    private static int Overlap(IReadOnlyCollection<TMention> a, IReadOnlyCollection<TMention> b)
    {
        var count = 0;
        var set = b as ISet<TMention> ?? new HashSet<TMention>(b);
        foreach (var mention in a)
        {
            if (set.Contains(mention))
            {
                count++;
            }
        }

        return count;
    }
}
