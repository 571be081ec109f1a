using Readout.Nlp.Clusters;

namespace Readout.Nlp.Tests.Clusters;

public sealed class WordClusterTrainerTests
{
    private static readonly string[] Determiners = ["the", "a"];
    private static readonly string[] Nouns = ["cat", "dog", "horse"];
    private static readonly string[] Verbs = ["runs", "sleeps", "eats", "waits"];

    // Three-word sentences we made up: a determiner, a noun, a verb, in every combination, many times.
    private static ClusterTrainingText Text()
    {
        var text = new ClusterTrainingText();
        for (var i = 0; i < 240; i++)
        {
            text.Add(Determiners[i % 2]);
            text.Add(Nouns[i % 3]);
            text.Add(Verbs[i % 4]);
            text.EndSegment();
        }

        return text;
    }

    private static WordClusters Train(int seed = 1) =>
        WordClusterTrainer.Train(Text(), new WordClusterTrainingOptions { Levels = [3, 2], MinimumCount = 1, Seed = seed });

    [Fact]
    public void Words_used_alike_share_a_class_and_others_do_not()
    {
        var clusters = Train();

        var noun = clusters.ClassOf("cat");
        Assert.All(Nouns, word => Assert.Equal(noun, clusters.ClassOf(word)));
        var verb = clusters.ClassOf("runs");
        Assert.All(Verbs, word => Assert.Equal(verb, clusters.ClassOf(word)));
        Assert.Equal(clusters.ClassOf("the"), clusters.ClassOf("a"));
        Assert.NotEqual(noun, verb);
        Assert.NotEqual(noun, clusters.ClassOf("the"));
    }

    [Fact]
    public void Words_are_normalised_as_the_recognizer_normalises_them()
    {
        var text = new ClusterTrainingText();
        text.Add("Cat");
        text.Add("CAT");
        text.Add("1999");
        text.Add("2024");
        text.EndSegment();

        Assert.Equal(2, text.WordCount);
        Assert.Equal(4, text.TokenCount);
    }

    [Fact]
    public void Coarser_levels_nest_the_finer_ones()
    {
        var clusters = Train();

        Assert.Equal(2, clusters.LevelCount);
        for (var c = 0; c < clusters.ClassCount; c++)
        {
            Assert.Equal(c, clusters.At(0, c));
            Assert.InRange(clusters.At(1, c), 0, 1);
        }
    }

    [Fact]
    public void The_same_text_and_seed_give_the_same_classes()
    {
        var first = Train(seed: 7);
        var second = Train(seed: 7);

        foreach (var word in Determiners.Concat(Nouns).Concat(Verbs))
        {
            Assert.Equal(first.ClassOf(word), second.ClassOf(word));
        }
    }

    [Fact]
    public void A_saved_table_loads_with_the_same_classes()
    {
        var clusters = Train();
        var path = Path.Combine(Path.GetTempPath(), $"readout-clusters-{Guid.NewGuid():N}.bin");
        try
        {
            clusters.Save(path);
            var loaded = WordClusters.Load(path);

            Assert.Equal(clusters.WordCount, loaded.WordCount);
            foreach (var word in Determiners.Concat(Nouns).Concat(Verbs))
            {
                var cls = clusters.ClassOf(word);
                Assert.Equal(cls, loaded.ClassOf(word));
                Assert.Equal(clusters.At(1, cls), loaded.At(1, cls));
            }

            Assert.Equal(-1, loaded.ClassOf("zebra"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_segment_ends_once_and_an_empty_segment_is_not_counted()
    {
        var text = new ClusterTrainingText();
        text.EndSegment();
        text.Add("the");
        text.Add("");
        text.Add("cat");
        text.EndSegment();
        text.EndSegment();
        text.Add("a");
        text.Add("dog");
        text.EndSegment();

        Assert.Equal(2, text.SegmentCount);
        Assert.Equal(4, text.TokenCount);
        Assert.Equal(4, text.WordCount);
    }

    [Fact]
    public void Words_at_the_edges_of_segments_keep_the_classes_of_their_use()
    {
        // "cat" always ends a segment and "runs" always starts the next: no bigram joins them, so nothing makes the
        // noun and the verb look alike, and they still fall into the classes of words used as they are.
        var text = Text();
        for (var i = 0; i < 60; i++)
        {
            text.Add("the");
            text.Add("cat");
            text.EndSegment();
            text.Add("runs");
            text.EndSegment();
        }

        var clusters = WordClusterTrainer.Train(text, new WordClusterTrainingOptions { Levels = [3], MinimumCount = 1 });

        Assert.Equal(clusters.ClassOf("dog"), clusters.ClassOf("cat"));
        Assert.Equal(clusters.ClassOf("sleeps"), clusters.ClassOf("runs"));
        Assert.NotEqual(clusters.ClassOf("cat"), clusters.ClassOf("runs"));
    }

    [Fact]
    public void Rare_words_get_no_class()
    {
        var text = Text();
        text.Add("the");
        text.Add("zebra");
        text.Add("runs");
        text.EndSegment();

        var clusters = WordClusterTrainer.Train(text, new WordClusterTrainingOptions { Levels = [3], MinimumCount = 2 });

        Assert.Equal(-1, clusters.ClassOf("zebra"));
        Assert.NotEqual(-1, clusters.ClassOf("cat"));
    }
}
