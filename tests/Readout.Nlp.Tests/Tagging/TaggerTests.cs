using Readout.Core.Documents;
using Readout.Nlp.Conllu;
using Readout.Nlp.Tagging;
using Readout.Testing;

namespace Readout.Nlp.Tests.Tagging;

public sealed class TaggerTests
{
    // Sentences we wrote, in CoNLL-U: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL.
    internal const string Treebank = """
        1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
        2	minister	minister	NOUN	NN	Number=Sing	3	nsubj	_	_
        3	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
        4	that	that	SCONJ	IN	_	7	mark	_	_
        5	Iran	Iran	PROPN	NNP	Number=Sing	7	nsubj	_	_
        6	would	would	AUX	MD	VerbForm=Fin	7	aux	_	_
        7	send	send	VERB	VB	VerbForm=Inf	3	ccomp	_	_
        8	envoys	envoy	NOUN	NNS	Number=Plur	7	obj	_	SpaceAfter=No
        9	.	.	PUNCT	.	_	3	punct	_	_

        1	Ministers	minister	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	met	meet	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
        3	in	in	ADP	IN	_	4	case	_	_
        4	Geneva	Geneva	PROPN	NNP	Number=Sing	2	obl	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
        2	envoy	envoy	NOUN	NN	Number=Sing	3	nsubj	_	_
        3	met	meet	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
        4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
        5	ministers	minister	NOUN	NNS	Number=Plur	3	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        """;

    internal static List<ConlluSentence> Sentences() =>
        [.. ConlluReader.Read(new StringReader(Treebank.Replace("\r", string.Empty, StringComparison.Ordinal)), "test")];

    [Fact]
    public void Tagger_trained_on_three_sentences_tags_them_back()
    {
        var model = PerceptronTaggerTrainer.Train(Sentences(), new TaggerTrainingOptions(Epochs: 8, AmbiguityMinimumCount: 1));
        var document = new DocBuilder().Sentence("The envoy met the ministers .").Build();
        new PerceptronTagger(model).Process(document);
        Assert.Equal(
            [UniversalPos.DET, UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN, UniversalPos.PUNCT],
            document.Tokens.Upos.ToArray());
        Assert.Equal("NNS", document.TokenAt(4).Xpos);
        Assert.Equal("Number=Plur", document.Tokens.Features[4]);
    }

    [Fact]
    public void Cached_word_sums_tag_as_every_feature_looked_up_each_time()
    {
        var model = PerceptronTaggerTrainer.Train(Sentences(), new TaggerTrainingOptions(Epochs: 3, AmbiguityMinimumCount: 1));
        string[][] sentences = [["The", "envoy", "said", "that", "Geneva", "would", "send", "ministers", "."], ["Ministers", "met", "."], ["Envoys", "met", "the", "envoy", "in", "Iran", "."]];
        foreach (var sentence in sentences)
        {
            var words = sentence.Select((w, i) => model.WordOf(w, i == 0)).ToArray();
            var cached = sentence.Select((w, i) => model.Lookup(w, i == 0, model.NewScratch())).ToArray();
            var expected = new int[words.Length];
            var actual = new int[words.Length];
            model.Tag(words, expected, new int[words.Length]);
            model.Tag(cached, cached.Select(c => c.Word).ToArray(), actual, new int[words.Length]);

            Assert.Equal(expected, actual);
            Assert.Equal(words.Select(w => w.Lower), cached.Select(c => c.Word.Lower));
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_model_bytes()
    {
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            PerceptronTaggerTrainer.Train(Sentences(), new TaggerTrainingOptions(Epochs: 3, Seed: 7)).Save(first);
            PerceptronTaggerTrainer.Train(Sentences(), new TaggerTrainingOptions(Epochs: 3, Seed: 7)).Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Word_keys_fold_case_and_digits()
    {
        Assert.Equal(TaggerWord.KeyOf("Minister"), TaggerWord.KeyOf("minister"));
        Assert.Equal(TaggerWord.KeyOf("1999"), TaggerWord.KeyOf("2024"));
        Assert.NotEqual(TaggerWord.KeyOf("envoy"), TaggerWord.KeyOf("envoys"));
    }

    [Fact]
    public void Shape_and_suffix_features_generalise_to_unseen_words()
    {
        var tehran = TaggerWord.Of("Tehran", false, 0);
        var london = TaggerWord.Of("London", false, 0);
        var ministries = TaggerWord.Of("ministries", false, 0);
        var agencies = TaggerWord.Of("agencies", false, 0);
        Assert.Equal(tehran.Shape, london.Shape);
        Assert.NotEqual(tehran.Form, london.Form);
        Assert.Equal(ministries.Suffix3, agencies.Suffix3);
        Assert.NotEqual(TaggerWord.Of("U.S.", false, 0).Shape, tehran.Shape);
    }

    [Fact]
    public void Features_change_with_the_previous_tag()
    {
        var words = new[] { TaggerWord.Of("They", true, 0), TaggerWord.Of("talk", false, 0) };
        var afterPronoun = new ulong[TaggerFeatures.MaximumCount];
        var afterDeterminer = new ulong[TaggerFeatures.MaximumCount];
        var count = TaggerFeatures.Extract(words, 1, 3, -1, -2, -2, afterPronoun);
        Assert.Equal(count, TaggerFeatures.Extract(words, 1, 5, -1, -2, -2, afterDeterminer));
        Assert.NotEqual(afterPronoun.Take(count), afterDeterminer.Take(count));
        Assert.Equal(afterPronoun[1], afterDeterminer[1]);
    }
}
