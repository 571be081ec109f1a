namespace Readout.Nlp.Learning;

/// <summary>Counts values (ids) per hashed key and gives the most frequent value of each: the learning step of lexicons.</summary>
/// <remarks>Ties go to the smaller id (the value seen first), so results are deterministic.</remarks>
public sealed class CountTable
{
    private readonly Dictionary<ulong, Dictionary<int, int>> _counts = [];

    /// <summary>Counts one occurrence of <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void Add(ulong key, int value)
    {
        if (!_counts.TryGetValue(key, out var counts))
        {
            counts = [];
            _counts.Add(key, counts);
        }

        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    /// <summary>The most frequent value of every key seen at least <paramref name="minimumCount"/> times.</summary>
    public Dictionary<ulong, int> MostFrequent(int minimumCount = 1)
    {
        var best = new Dictionary<ulong, int>(_counts.Count);
        foreach (var (key, counts) in _counts)
        {
            var (value, total) = MostFrequentOf(counts);
            if (total >= minimumCount)
            {
                best.Add(key, value);
            }
        }

        return best;
    }

    /// <summary>The most frequent value of every key with how often the key was seen.</summary>
    public Dictionary<ulong, (int Value, int Count)> MostFrequentWithCounts()
    {
        var best = new Dictionary<ulong, (int, int)>(_counts.Count);
        foreach (var (key, counts) in _counts)
        {
            best.Add(key, MostFrequentOf(counts));
        }

        return best;
    }

    /// <summary>Writes a key → id map in key order.</summary>
    public static void Write(BinaryWriter writer, Dictionary<ulong, int> map)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        writer.Write(map.Count);
        foreach (var key in map.Keys.Order())
        {
            writer.Write(key);
            writer.Write(map[key]);
        }
    }

    /// <summary>Reads a map written by <see cref="Write"/>.</summary>
    public static Dictionary<ulong, int> Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var map = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            map.Add(reader.ReadUInt64(), reader.ReadInt32());
        }

        return map;
    }

    private static (int Value, int Total) MostFrequentOf(Dictionary<int, int> counts)
    {
        var best = int.MaxValue;
        var bestCount = 0;
        var total = 0;
        foreach (var (value, count) in counts)
        {
            total += count;
            if (count > bestCount || (count == bestCount && value < best))
            {
                best = value;
                bestCount = count;
            }
        }

        return (best, total);
    }
}
