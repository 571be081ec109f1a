using Readout.Core.Documents;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;
using Readout.Testing;

namespace Readout.Nlp.Tests.Sentences;

public sealed class RuleSentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = new Document(text);
        new RuleTokenizer().Process(document);
        new RuleSentenceSplitter().Process(document);
        return document.Sentences.Spans.Select(s => s.Text).ToArray();
    }

    [Fact]
    public void Splits_at_terminal_punctuation()
    {
        Assert.Equal(["The ministers met.", "They agreed!", "Why now?"], Sentences("The ministers met. They agreed! Why now?"));
    }

    [Fact]
    public void Does_not_split_after_titles_initials_or_months()
    {
        Assert.Equal(
            ["Mr. Smith met Gen. J. R. Jones on Nov. 15 in St. Petersburg."],
            Sentences("Mr. Smith met Gen. J. R. Jones on Nov. 15 in St. Petersburg."));
    }

    [Fact]
    public void A_chapter_numeral_after_a_capitalized_heading_ends_it_but_an_initial_does_not()
    {
        Assert.Equal(["THE BRIDGE AT MOSTAR I.", "To the ferryman it was always the river."], Sentences("THE BRIDGE AT MOSTAR I. To the ferryman it was always the river."));
        Assert.Equal(["The architect I. M. Pei spoke."], Sentences("The architect I. M. Pei spoke."));
    }

    [Fact]
    public void An_abbreviation_can_also_end_a_sentence()
    {
        Assert.Equal(["He lives in the U.S.", "The embassy said so."], Sentences("He lives in the U.S. The embassy said so."));
        Assert.Equal(["The U.S. Embassy said so."], Sentences("The U.S. Embassy said so."));
    }

    [Fact]
    public void A_closing_quotation_mark_stays_with_its_sentence()
    {
        Assert.Equal(
            ["He said: \u201CWe will respond.\u201D", "Then he left."],
            Sentences("He said: \u201CWe will respond.\u201D Then he left."));
    }

    [Fact]
    public void A_quotation_is_not_cut_off_from_its_attribution()
    {
        Assert.Equal(
            ["\u201CWhy now?\u201D the minister asked.", "Nobody answered."],
            Sentences("\u201CWhy now?\u201D the minister asked. Nobody answered."));
        Assert.Equal(
            ["\"We will win!\" Raisi said."],
            Sentences("\"We will win!\" Raisi said."));
    }

    [Fact]
    public void A_spaced_straight_quotation_mark_closes_before_an_attribution_or_the_line_end()
    {
        // Pre-tokenized text sets every mark off by spaces; the mark after "?" closes the quotation.
        Assert.Equal(
            ["\" Where to ? \" she asked .", "\" North . \"", "He nodded ."],
            Sentences("\" Where to ? \" she asked .\n\" North . \"\nHe nodded .\n"));

        // Followed by a capital, a spaced mark after a sentence's end may open the next quotation: left as it was.
        Assert.Equal(["\" Go .", "\" He left ."], Sentences("\" Go . \" He left ."));
    }

    [Fact]
    public void A_boundary_inside_a_quotation_keeps_the_closing_mark_and_attribution_together()
    {
        var sentences = Sentences("\u201CWe will respond. This is not acceptable,\u201D he said.");
        Assert.Equal("This is not acceptable,\u201D he said.", sentences[^1]);
    }

    [Fact]
    public void Headline_dateline_and_byline_are_sentences_of_their_own()
    {
        const string text = "Iran and Syria pledge closer ties\nBy Jane Doe\n\nTEHRAN, Nov. 15 (Reuters) - The two ministers met on Monday. They spoke.";
        Assert.Equal(
            ["Iran and Syria pledge closer ties", "By Jane Doe", "TEHRAN, Nov. 15 (Reuters) -", "The two ministers met on Monday.", "They spoke."],
            Sentences(text));
    }

    [Fact]
    public void List_items_are_sentences()
    {
        Assert.Equal(
            ["Key points:", "- Trade will double", "- Visits will resume"],
            Sentences("Key points:\n- Trade will double\n- Visits will resume"));
    }

    [Fact]
    public void Hard_wrapped_lines_do_not_end_sentences()
    {
        const string text =
            "The ministers of the two countries met in the capital on Monday and\n" +
            "discussed trade, energy and the security of the region at length with\n" +
            "their delegations, according to a statement released by the foreign\n" +
            "ministry after the talks had ended late in the evening of that day.\n" +
            "Both sides described the meeting as constructive and said further\n" +
            "talks would follow in the coming weeks at a venue yet to be decided.";
        Assert.Equal(2, Sentences(text).Length);
    }

    [Fact]
    public void Paragraph_breaks_end_sentences_without_punctuation()
    {
        Assert.Equal(["First part", "Second part"], Sentences("First part\n\nSecond part"));
    }

    [Fact]
    public void Splitter_honours_the_component_contract()
    {
        Assert.Empty(ComponentContract.Violations(new RuleSentenceSplitter(), () =>
        {
            var document = new Document("One. Two?\n\nThree \u201Cfour.\u201D five");
            new RuleTokenizer().Process(document);
            return document;
        }));
    }

    [Fact]
    public void Empty_document_has_no_sentences()
    {
        var document = new Document(string.Empty);
        new RuleTokenizer().Process(document);
        new RuleSentenceSplitter().Process(document);
        Assert.Equal(0, document.Sentences.Count);
    }
}
