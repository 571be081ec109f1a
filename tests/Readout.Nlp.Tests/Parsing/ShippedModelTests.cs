using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Nlp.Lemmatization;
using Readout.Nlp.Parsing;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tagging;
using Readout.Nlp.Tokenization;
using Readout.Testing;

namespace Readout.Nlp.Tests.Parsing;

/// <summary>The few tests that load the models committed under models/.</summary>
public sealed class ShippedModelTests
{
    private static readonly Pipeline Syntax = PipelineBuilder.Empty
        .Add(new RuleTokenizer())
        .Add(new RuleSentenceSplitter())
        .Add(new PerceptronTagger())
        .Add(new SuffixRuleLemmatizer())
        .Add(new ArcHybridParser())
        .Add(new SyntacticFeatureRefiner())
        .Build();

    [Fact]
    public void Shipped_models_parse_a_reported_speech_sentence_we_wrote()
    {
        var document = new Document("The minister said that Iran would send a delegation.");
        Syntax.Process(document);
        var table = document.Tokens;
        Assert.Equal(
            ["The", "minister", "said", "that", "Iran", "would", "send", "a", "delegation", "."],
            Enumerable.Range(0, table.Count).Select(i => document.TokenAt(i).Text));

        // CoNLL-U heads minus one: the (det → minister), minister (nsubj → said), said (root), that/Iran/would → send,
        // send (ccomp → said), a → delegation, delegation (obj → send), the period → said.
        Assert.Equal([1, 2, -1, 6, 6, 6, 2, 8, 6, 2], table.Heads.ToArray());
        Assert.Equal(
            new string?[] { "det", "nsubj", "root", "mark", "nsubj", "aux", "ccomp", "det", "obj", "punct" },
            table.Relations.ToArray());
        Assert.Equal(
            [UniversalPos.DET, UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.SCONJ, UniversalPos.PROPN, UniversalPos.AUX,
             UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN, UniversalPos.PUNCT],
            table.Upos.ToArray());
        Assert.Equal("say", table.Lemmas[2]);
        Assert.Equal("VBD", table.Xpos[2]);
        Assert.Equal("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", table.Features[2]);
    }

    [Fact]
    public void Features_that_depend_on_the_tree_follow_the_parse()
    {
        var document = new Document("I was told to leave. Leave now!");
        Syntax.Process(document);
        var table = document.Tokens;
        Assert.Equal("Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin", table.Features[1]);
        Assert.Equal("Tense=Past|VerbForm=Part|Voice=Pass", table.Features[2]);
        Assert.Equal("VerbForm=Inf", table.Features[4]);
        Assert.Equal("Mood=Imp|VerbForm=Fin", table.Features[6]);
    }

    [Fact]
    public void Every_sentence_gets_exactly_one_root()
    {
        var document = new Document("Talks resumed in Geneva on Monday. Both sides said little, and the envoy left early!");
        Syntax.Process(document);
        foreach (var sentence in document.Sentences)
        {
            var roots = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Count(i => document.Tokens.Heads[i] < 0);
            Assert.Equal(1, roots);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var head = document.Tokens.Heads[i];
                Assert.True(head < 0 || (head >= sentence.FirstToken && head < sentence.EndToken), $"token {i} has a head outside its sentence");
            }
        }
    }

    [Fact]
    public void Tagger_lemmatizer_and_parser_honour_the_component_contract()
    {
        static Document Prepare()
        {
            var document = new Document("Ministers met in Valletta. They agreed to talk again.");
            new RuleTokenizer().Process(document);
            new RuleSentenceSplitter().Process(document);
            return document;
        }

        var tagger = new PerceptronTagger();
        Assert.Empty(ComponentContract.Violations(tagger, Prepare));
        Assert.Empty(ComponentContract.Violations(new SuffixRuleLemmatizer(), () =>
        {
            var document = Prepare();
            tagger.Process(document);
            return document;
        }));
        var parser = new ArcHybridParser();
        Assert.Empty(ComponentContract.Violations(parser, () =>
        {
            var document = Prepare();
            tagger.Process(document);
            return document;
        }));
        Assert.Empty(ComponentContract.Violations(new SyntacticFeatureRefiner(), () =>
        {
            var document = Prepare();
            tagger.Process(document);
            parser.Process(document);
            return document;
        }));
    }

    [Fact]
    public void Tag_strings_are_the_models_own_instances()
    {
        var first = new Document("The envoys met.");
        var second = new Document("The talks ended.");
        Syntax.Process(first);
        Syntax.Process(second);
        Assert.Equal("DT", first.Tokens.Xpos[0]);
        Assert.Same(first.Tokens.Xpos[0], second.Tokens.Xpos[0]);
        Assert.Equal("det", first.Tokens.Relations[0]);
        Assert.Same(first.Tokens.Relations[0], second.Tokens.Relations[0]);
    }
}
