using Readout.Core.Documents;
using Readout.Nlp.Lemmatization;
using Readout.Nlp.Tests.Tagging;
using Readout.Testing;

namespace Readout.Nlp.Tests.Lemmatization;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("ministries", "ministry", false, 3, "y")]
    [InlineData("met", "meet", false, 1, "et")]
    [InlineData("Ministers", "minister", true, 1, "")]
    [InlineData("Iran", "Iran", false, 0, "")]
    public void Rule_between_form_and_lemma(string form, string lemma, bool lower, int strip, string append)
    {
        var rule = LemmaRule.Between(form, lemma);
        Assert.Equal(new LemmaRule(lower, strip, append), rule);
        Assert.Equal(lemma, rule!.Value.Apply(form));
    }

    [Fact]
    public void Known_words_come_from_the_word_list_and_unknown_words_from_suffix_rules()
    {
        var model = LemmaTrainer.Train(TaggerTests.Sentences(), minimumSuffixCount: 1);
        Assert.Equal("meet", model.Lemmatize("met", "VBD"));
        Assert.Equal("minister", model.Lemmatize("Ministers", "NNS"));
        Assert.Equal("diplomat", model.Lemmatize("diplomats", "NNS"));
        Assert.Equal("Tehran", model.Lemmatize("Tehran", "NNP"));
    }

    [Fact]
    public void Lemmatizer_fills_the_lemma_column_from_the_tags()
    {
        var model = LemmaTrainer.Train(TaggerTests.Sentences(), minimumSuffixCount: 1);
        var document = new DocBuilder().Sentence("Envoys met ministers").Build();
        document.Tokens.Xpos[0] = "NNS";
        document.Tokens.Xpos[1] = "VBD";
        document.Tokens.Xpos[2] = "NNS";
        new SuffixRuleLemmatizer(model).Process(document);
        Assert.Equal(new string?[] { "envoy", "meet", "minister" }, document.Tokens.Lemmas.ToArray());
        Assert.Same(document.Tokens.Lemmas[1], model.Lemmatize("met", "VBD"));
    }
}
