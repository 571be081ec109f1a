using Readout.Nlp.Learning;

namespace Readout.Nlp.Lemmatization;

/// <summary>
/// The learned lemmatizer: every (word, Penn tag) pair of the treebank with its lemma, and suffix rules per tag for
/// words it never saw.
/// </summary>
/// <remarks>
/// Lookup order: the exact word with its tag, the lower-cased word with its tag, the exact word with any tag (a
/// tagging error rarely changes the lemma of a known word), then the rules of the suffixes the treebank saw at least
/// <see cref="MinimumSuffixCount"/> times with that tag, preferring a result that is a known lemma. Immutable; thread-safe.
/// </remarks>
public sealed class LemmaModel
{
    /// <summary>The model kind written in the file header.</summary>
    public const string Kind = "readout-lemmatizer";

    /// <summary>The file format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>The longest suffix a rule is keyed on.</summary>
    public const int LongestSuffix = 7;

    private readonly Vocabulary _lemmas;
    private readonly Dictionary<ulong, int> _exact;
    private readonly Dictionary<ulong, int> _lower;
    private readonly Dictionary<ulong, int> _anyTag;
    private readonly Dictionary<ulong, (int Rule, int Count)> _suffixes;
    private readonly LemmaRule[] _rules;

    internal LemmaModel(Vocabulary lemmas, Dictionary<ulong, int> exact, Dictionary<ulong, int> lower, Dictionary<ulong, int> anyTag, Dictionary<ulong, (int Rule, int Count)> suffixes, LemmaRule[] rules, int minimumSuffixCount)
    {
        _lemmas = lemmas;
        _exact = exact;
        _lower = lower;
        _anyTag = anyTag;
        _suffixes = suffixes;
        _rules = rules;
        MinimumSuffixCount = minimumSuffixCount;
    }

    /// <summary>How often a suffix must have been seen with a tag for its rule to be trusted.</summary>
    public int MinimumSuffixCount { get; }

    /// <summary>The number of (word, tag) pairs learned.</summary>
    public int WordCount => _exact.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>: a vocabulary string for known words.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        var tag = FeatureHash.Of(xpos);
        if (_exact.TryGetValue(FeatureHash.Combine(tag, FeatureHash.Of(form)), out var known)
            || _lower.TryGetValue(FeatureHash.Combine(tag, FeatureHash.OfLower(form)), out known)
            || _anyTag.TryGetValue(FeatureHash.Of(form), out known))
        {
            return _lemmas[known];
        }

        return LemmatizeUnknown(form, tag);
    }

    // The rules of the suffixes the word ends with, longest suffix first; the first whose result is a lemma the
    // treebank knows wins ("provoked" → "provoke", not "provok"), else the longest suffix's rule.
    private string LemmatizeUnknown(ReadOnlySpan<char> form, ulong tag)
    {
        string? first = null;
        var previousRule = -1;
        for (var length = Math.Min(LongestSuffix, form.Length); length >= 0; length--)
        {
            if (!_suffixes.TryGetValue(SuffixKey(tag, form[^length..]), out var entry)
                || (entry.Count < MinimumSuffixCount && length > 0)
                || entry.Rule == previousRule
                || !_rules[entry.Rule].AppliesTo(form.Length))
            {
                continue;
            }

            previousRule = entry.Rule;
            var candidate = _rules[entry.Rule].Apply(form);
            var known = _lemmas.IdOf(candidate);
            if (known >= 0)
            {
                return _lemmas[known];
            }

            first ??= candidate;
        }

        return first ?? form.ToString();
    }

    internal static ulong SuffixKey(ulong tag, ReadOnlySpan<char> suffix) => FeatureHash.Combine(tag ^ 0x5A5A, FeatureHash.OfLower(suffix));

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, FormatVersion, writer =>
    {
        writer.Write(MinimumSuffixCount);
        _lemmas.Write(writer);
        CountTable.Write(writer, _exact);
        CountTable.Write(writer, _lower);
        CountTable.Write(writer, _anyTag);
        writer.Write(_rules.Length);
        foreach (var rule in _rules)
        {
            writer.Write(rule.Lower);
            writer.Write(rule.Strip);
            writer.Write(rule.Append);
        }

        writer.Write(_suffixes.Count);
        foreach (var key in _suffixes.Keys.Order())
        {
            writer.Write(key);
            writer.Write(_suffixes[key].Rule);
            writer.Write(_suffixes[key].Count);
        }
    });

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static LemmaModel Load(string path) => ModelFile.Read(path, Kind, FormatVersion, reader =>
    {
        var minimum = reader.ReadInt32();
        var lemmas = Vocabulary.Read(reader);
        var exact = CountTable.Read(reader);
        var lower = CountTable.Read(reader);
        var anyTag = CountTable.Read(reader);
        var rules = new LemmaRule[reader.ReadInt32()];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = new LemmaRule(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString());
        }

        var count = reader.ReadInt32();
        var suffixes = new Dictionary<ulong, (int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            suffixes.Add(reader.ReadUInt64(), (reader.ReadInt32(), reader.ReadInt32()));
        }

        return new LemmaModel(lemmas, exact, lower, anyTag, suffixes, rules, minimum);
    });
}
