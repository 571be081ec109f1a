using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Testing;

namespace Readout.Core.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void Id_defaults_to_the_sha256_of_the_text()
    {
        var document = new Document("abc");
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.Id);
    }

    [Fact]
    public void Token_table_grows_past_its_initial_capacity_and_keeps_every_column()
    {
        var document = new Document(new string('x', 10));
        _ = document.Tokens.Lemmas.Length; // allocates the column before the table grows
        for (var i = 0; i < 1000; i++)
        {
            document.Tokens.Add(i % 10, (i % 10) + 1, TokenFlags.None);
        }

        document.Tokens.Lemmas[999] = "x";
        Assert.Equal(1000, document.Tokens.Count);
        Assert.Equal("x", document.TokenAt(999).Lemma);
        Assert.Equal(-1, document.Tokens.Heads[998]);
    }

    [Fact]
    public void Token_and_span_views_read_the_document_text()
    {
        var document = new DocBuilder().Sentence("Iran and Syria met .").Build();
        var span = document.SpanOfTokens(0, 3, "GPE");
        Assert.Equal("Iran and Syria", span.Text);
        Assert.Equal("Syria", span[2].Text);
        Assert.Equal(3, span.TokenCount);
        Assert.Equal("GPE", span.Label);
        Assert.Equal(9, document.TokenAt(2).Start);
        Assert.True(document.TokenAt(2).SpaceAfter);
    }

    [Fact]
    public void Span_outside_the_text_is_refused()
    {
        var document = new Document("short");
        Assert.Throws<ArgumentOutOfRangeException>(() => new Span(document, 2, 9, -1, -1));
    }

    [Fact]
    public void Span_of_characters_finds_the_tokens_it_covers()
    {
        var document = new DocBuilder().Sentence("The Syrian Foreign Minister spoke").Build();
        var span = document.SpanOfCharacters(4, 27);
        Assert.Equal(1, span.FirstToken);
        Assert.Equal(4, span.EndToken);
    }

    [Fact]
    public void Index_at_or_after_finds_the_containing_or_next_token()
    {
        var document = new DocBuilder().Sentence("ab cd ef").Build();
        Assert.Equal(0, document.Tokens.IndexAtOrAfter(0));
        Assert.Equal(1, document.Tokens.IndexAtOrAfter(2));
        Assert.Equal(1, document.Tokens.IndexAtOrAfter(4));
        Assert.Equal(3, document.Tokens.IndexAtOrAfter(8));
    }

    [Fact]
    public void Sentence_layer_finds_the_sentence_of_a_token()
    {
        var document = new DocBuilder().Sentence("One two .").Sentence("Three four .").Build();
        Assert.Equal(1, document.Sentences.IndexOfToken(4));
        Assert.Equal(0, document.Sentences.IndexOfToken(2));
        Assert.Equal(-1, document.Sentences.IndexOfToken(99));
    }

    [Fact]
    public void Result_layers_are_typed_and_absent_until_set()
    {
        var document = new Document("text");
        Assert.Null(document.Get(AnnotationLayers.Quotations));
        Assert.False(document.HasLayer(LayerNames.Quotations));
        document.Set(AnnotationLayers.Quotations, new List<Quotation>());
        Assert.NotNull(document.Get(AnnotationLayers.Quotations));
        Assert.True(document.HasLayer(LayerNames.Quotations));
    }
}
