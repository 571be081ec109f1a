using Readout.Evaluation.Coreference;

namespace Readout.Evaluation.Tests.Coreference;

public sealed class GumEntityReaderTests
{
    [Fact]
    public void Reads_nested_and_single_word_mentions_with_clusters_and_wikification()
    {
        // "Anna Berg met her counterpart. She smiled." with Berg (1), the counterpart (2) and "her" / "She" coreferent with 1.
        const string conllu =
            "# newdoc id = test\n# text = Anna Berg met her counterpart.\n" +
            "1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-s-cf1-2-coref-Anna_Berg\n" +
            "2\tBerg\tBerg\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n" +
            "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
            "4\ther\ther\tPRON\tPRP$\t_\t5\tnmod:poss\t_\tEntity=(2-person-new-s-cf2-2-sgl(1-person-giv-s-cf1-1-coref)\n" +
            "5\tcounterpart\tcounterpart\tNOUN\tNN\t_\t3\tobj\t_\tEntity=2)|SpaceAfter=No\n" +
            "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n" +
            "# text = She smiled.\n" +
            "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-s-cf1-1-coref)\n" +
            "2\tsmiled\tsmile\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
            "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, conllu);
            var (text, mentions) = GumEntityReader.Read(path);
            Assert.Equal("Anna Berg met her counterpart. She smiled.", text);
            var shown = mentions.Select(m => $"{m.Cluster}:{text[m.Start..m.End]}:{m.IsPronoun}").ToList();
            Assert.Equal(["1:Anna Berg:False", "2:her counterpart:False", "1:her:True", "1:She:True"], shown);
            Assert.Equal("Anna_Berg", mentions[0].Wikification);
            Assert.True(mentions[1].IsSingleton);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
