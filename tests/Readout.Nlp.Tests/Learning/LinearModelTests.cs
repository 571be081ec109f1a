using Readout.Nlp.Learning;

namespace Readout.Nlp.Tests.Learning;

public sealed class LinearModelTests
{
    // 110 and 103 classes take the vector path of the shipped tagger and parser (128 sums); 200 the general one.
    [Theory]
    [InlineData(110)]
    [InlineData(103)]
    [InlineData(200)]
    public void Scores_are_the_sums_of_the_weights_of_known_features_whether_rows_are_dense_or_sparse(int classes)
    {
        var random = new Random(7);
        var keys = Enumerable.Range(0, 60).Select(_ => (ulong)random.NextInt64()).Distinct().Order().ToArray();
        var rows = keys.Select((_, row) => RowOf(random, classes, row % 3 == 0 ? classes - 2 : 1 + random.Next(6))).ToArray();
        var model = Model(classes, keys, rows);
        var features = keys.Where((_, i) => i % 2 == 0).Append(12345UL).ToArray();

        var scores = new float[classes];
        model.Score(features, scores);

        for (var c = 0; c < classes; c++)
        {
            var expected = 0;
            for (var i = 0; i < keys.Length; i += 2)
            {
                expected += rows[i].Where(entry => entry.Class == c).Sum(entry => entry.Weight);
            }

            Assert.Equal(1f, model.Scale);
            Assert.Equal(expected, scores[c]);
        }
    }

    [Fact]
    public void Adding_many_items_at_once_gives_each_item_the_sums_of_its_own_features()
    {
        const int Classes = 110;
        var random = new Random(11);
        var keys = Enumerable.Range(0, 40).Select(_ => (ulong)random.NextInt64()).Distinct().Order().ToArray();
        var model = Model(Classes, keys, keys.Select((_, row) => RowOf(random, Classes, row % 2 == 0 ? 90 : 3)).ToArray());
        var features = Enumerable.Range(0, 5 * 7).Select(i => i % 5 == 4 ? 99UL : keys[random.Next(keys.Length)]).ToArray();

        var together = new int[5 * model.SumsLength];
        model.AddEach(features, 7, together);

        for (var item = 0; item < 5; item++)
        {
            var alone = new int[model.SumsLength];
            model.Add(features.AsSpan(item * 7, 7), alone);
            Assert.Equal(alone, together.AsSpan(item * model.SumsLength, model.SumsLength).ToArray());
        }
    }

    private static (ushort Class, short Weight)[] RowOf(Random random, int classes, int length) =>
        Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(length).Order()
            .Select(c => ((ushort)c, (short)random.Next(-3000, 3000))).ToArray();

    private static LinearModel Model(int classes, ulong[] keys, (ushort Class, short Weight)[][] rows)
    {
        var rowStarts = new int[keys.Length + 1];
        for (var row = 0; row < rows.Length; row++)
        {
            rowStarts[row + 1] = rowStarts[row] + rows[row].Length;
        }

        // One weight of 32,767 makes the fixed-point scale exactly 1, so every weight is stored as given.
        rows[0][0].Weight = short.MaxValue;
        var entries = rows.SelectMany(row => row).ToArray();
        return new LinearModel(classes, keys, rowStarts, entries.Select(e => e.Class).ToArray(), entries.Select(e => (float)e.Weight).ToArray());
    }
}
