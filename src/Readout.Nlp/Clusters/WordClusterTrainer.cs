namespace Readout.Nlp.Clusters;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled text with the exchange algorithm: first the words into the finest
/// classes, then those classes into fewer, level by level, so every level nests in the next (as prefixes of Brown
/// clusters do, Brown et al. 1992; used as features for named entities by Miller et al. 2004, Ratinov and Roth 2009).
/// </summary>
/// <remarks>Deterministic for a given text and options; single-threaded.</remarks>
public static class WordClusterTrainer
{
    /// <summary>Learns the classes; <paramref name="log"/> receives one line per pass.</summary>
    public static WordClusters Train(ClusterTrainingText text, WordClusterTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Levels.Count == 0)
        {
            throw new ArgumentException("at least one level is needed", nameof(options));
        }

        // Kept words are numbered most frequent first (ties in first-seen order); the rest share one item, and the
        // boundary between segments is an item of its own, fixed in a class of its own.
        var counts = text.Counts;
        var kept = Enumerable.Range(0, counts.Count).Where(w => counts[w] >= options.MinimumCount).ToArray();
        Array.Sort(kept, (a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
        var itemOf = new int[counts.Count];
        Array.Fill(itemOf, kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            itemOf[kept[i]] = i;
        }

        var rare = kept.Length;
        var boundary = kept.Length + 1;
        var pairs = new Dictionary<long, int>();
        var previous = boundary;
        foreach (var word in text.Sequence)
        {
            var item = word < 0 ? boundary : itemOf[word];
            if (!(item == boundary && previous == boundary))
            {
                var key = ((long)previous << 32) | (uint)item;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }

            previous = item;
        }

        if (previous != boundary)
        {
            var key = ((long)previous << 32) | (uint)boundary;
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }

        log?.Invoke($"clusters: {text.TokenCount} tokens, {text.WordCount} distinct words, {kept.Length} seen at least {options.MinimumCount} times, {pairs.Count} distinct bigrams");
        var bigrams = Sorted(pairs);
        var items = kept.Length + 2;
        var levels = new int[options.Levels.Count][];
        int[] wordClass = [];
        int[] toPrevious = [];
        for (var l = 0; l < options.Levels.Count; l++)
        {
            var classes = options.Levels[l];
            var clustering = new ExchangeClustering(items, bigrams, classes, boundary, options.Seed);
            clustering.Run(options.Passes, (int)Math.Ceiling(options.StopBelow * clustering.Order.Length), log);
            var assigned = clustering.Classes;
            if (l == 0)
            {
                wordClass = assigned[..kept.Length].ToArray();
                levels[0] = Enumerable.Range(0, classes).ToArray();
                toPrevious = levels[0];
            }
            else
            {
                // Items at this level are the classes of the level before; finest classes map through them.
                var finest = levels[0].Length;
                levels[l] = new int[finest];
                for (var c = 0; c < finest; c++)
                {
                    levels[l][c] = assigned[toPrevious[c]];
                }

                toPrevious = levels[l];
            }

            // The next level clusters this level's classes, linked by the class bigram counts.
            var stride = classes + 1;
            var next = new List<(int, int, int)>();
            var table = clustering.Pairs;
            for (var c = 0; c < stride; c++)
            {
                for (var d = 0; d < stride; d++)
                {
                    var count = table[(c * stride) + d];
                    if (count > 0)
                    {
                        next.Add((c, d, (int)Math.Min(count, int.MaxValue)));
                    }
                }
            }

            bigrams = next;
            items = stride;
            boundary = classes;
        }

        var words = new string[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            words[i] = text.Words[kept[i]];
        }

        return new WordClusters(words, wordClass, levels);
    }

    private static List<(int Left, int Right, int Count)> Sorted(Dictionary<long, int> pairs)
    {
        var keys = pairs.Keys.ToArray();
        Array.Sort(keys);
        var bigrams = new List<(int, int, int)>(keys.Length);
        foreach (var key in keys)
        {
            bigrams.Add(((int)(key >> 32), (int)(key & 0xFFFFFFFF), pairs[key]));
        }

        return bigrams;
    }
}
