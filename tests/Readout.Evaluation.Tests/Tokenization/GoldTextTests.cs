using Readout.Evaluation.Tokenization;
using Readout.Nlp.Conllu;

namespace Readout.Evaluation.Tests.Tokenization;

public sealed class GoldTextTests
{
    private const string Treebank =
        "# newdoc id = a\n# text = We don't.\n" +
        "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" +
        "# text = Yes.\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n" +
        "# newpar\n# text = New.\n1\tNew\tnew\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

    [Fact]
    public void Rebuilds_text_with_spaces_paragraph_breaks_and_spans()
    {
        var gold = GoldText.Build(ConlluReader.Read(new StringReader(Treebank), "test"));
        Assert.Equal("We don't. Yes.\n\nNew.", gold.Text);
        Assert.Equal([(0, 2), (3, 8), (8, 9), (10, 13), (13, 14), (16, 19), (19, 20)], gold.Tokens);
        Assert.Equal([(0, 2), (3, 5), (5, 8), (8, 9), (10, 13), (13, 14), (16, 19), (19, 20)], gold.Words);
        Assert.Equal([(0, 9), (10, 14), (16, 20)], gold.Sentences);
    }
}
