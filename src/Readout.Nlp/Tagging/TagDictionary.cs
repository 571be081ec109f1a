using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// Builds a tag dictionary: for each word (by <see cref="TaggerWord.KeyOf"/>) a hash of the set of tags it was seen
/// with, used as a feature ("ambiguity class") so rare and unseen words borrow what a lexicon knows about them.
/// </summary>
public static class TagDictionary
{
    /// <summary>The dictionary of (word, tag) observations.</summary>
    /// <param name="observations">Every tagged word.</param>
    /// <param name="minimumCount">Words seen fewer times get no entry.</param>
    /// <param name="minimumShare">Tags below this share of a word's occurrences are left out of its set (annotation noise).</param>
    /// <param name="salt">Separates the hashes of different dictionaries.</param>
    public static Dictionary<ulong, ulong> Build(IEnumerable<(string Word, string Tag)> observations, int minimumCount, double minimumShare, int salt)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var counts = new Dictionary<ulong, Dictionary<string, int>>();
        foreach (var (word, tag) in observations)
        {
            var key = TaggerWord.KeyOf(word);
            if (!counts.TryGetValue(key, out var tags))
            {
                tags = new Dictionary<string, int>(StringComparer.Ordinal);
                counts.Add(key, tags);
            }

            tags[tag] = tags.GetValueOrDefault(tag) + 1;
        }

        var dictionary = new Dictionary<ulong, ulong>();
        foreach (var (key, tags) in counts)
        {
            var total = tags.Values.Sum();
            if (total < minimumCount)
            {
                continue;
            }

            var hash = FeatureHash.OfValue(salt);
            foreach (var tag in tags.Keys.Order(StringComparer.Ordinal))
            {
                if (tags[tag] >= minimumShare * total)
                {
                    hash = FeatureHash.Combine(hash, FeatureHash.Of(tag));
                }
            }

            dictionary.Add(key, hash);
        }

        return dictionary;
    }
}
