using Readout.Core.Documents;
using Readout.Knowledge.Index;
using Readout.Testing;

namespace Readout.Knowledge.Tests.Index;

public sealed class PhraseIndexTests
{
    private static readonly PhraseIndex Names = new(
        ["united states", "united states of america", "iran", "us", "bashar al assad", "of", "people s republic of china"],
        [CaseRule.Capitalized, CaseRule.Capitalized, CaseRule.Capitalized, CaseRule.Acronym, CaseRule.Capitalized, CaseRule.Capitalized, CaseRule.Capitalized]);

    private static List<string> Found(PhraseIndex index, Document document, bool overlapping = false)
    {
        var matches = new List<PhraseMatch>();
        index.FindMatches(document, matches, overlapping);
        return [.. matches.Select(m => document.SpanOfTokens(m.FirstToken, m.EndToken).Text + "=" + index[m.PhraseId])];
    }

    [Fact]
    public void The_longest_name_at_each_position_wins()
    {
        var document = new DocBuilder().Sentence("Envoys of the United States of America met Iran 's envoy .").Build();
        Assert.Equal(["United States of America=united states of america", "Iran=iran"], Found(Names, document));
    }

    [Fact]
    public void A_shorter_name_is_found_when_the_longer_one_breaks_off()
    {
        var document = new DocBuilder().Sentence("The United States of Mexico").Build();
        Assert.Equal(["United States=united states"], Found(Names, document));
    }

    [Fact]
    public void Short_acronyms_must_be_written_in_capitals()
    {
        var document = new DocBuilder().Sentence("He told us the US would act .").Build();
        Assert.Equal(["US=us"], Found(Names, document));
    }

    [Fact]
    public void Names_must_be_capitalised_and_particles_alone_are_no_names()
    {
        var document = new DocBuilder().Sentence("the president of iran spoke of Iran").Build();
        Assert.Equal(["Iran=iran"], Found(Names, document));
    }

    [Fact]
    public void Hyphens_inside_a_name_are_read_through()
    {
        var document = new DocBuilder().Sentence("President Bashar al - Assad said").Build();
        Assert.Equal(["Bashar al - Assad=bashar al assad"], Found(Names, document));
    }

    [Fact]
    public void A_name_may_start_with_a_lower_case_particle()
    {
        var index = new PhraseIndex(["al qaeda", "president"], [CaseRule.Capitalized, CaseRule.Capitalized]);
        var document = new DocBuilder().Sentence("the president said al - Qaeda and President Smith").Build();
        Assert.Equal(["al - Qaeda=al qaeda", "President=president"], Found(index, document));
    }

    [Fact]
    public void Possessive_clitics_inside_a_name_match_as_words()
    {
        var document = new DocBuilder().Sentence("the People 's Republic of China said").Build();
        Assert.Equal(["People 's Republic of China=people s republic of china"], Found(Names, document));
    }

    [Fact]
    public void A_comma_ends_a_name()
    {
        var document = new DocBuilder().Sentence("United , States").Build();
        Assert.Empty(Found(Names, document));
    }

    [Fact]
    public void Overlapping_mode_reports_the_longest_match_at_every_start()
    {
        var index = new PhraseIndex(["gulf", "gulf cooperation council", "cooperation council"], [CaseRule.Capitalized, CaseRule.Capitalized, CaseRule.Capitalized]);
        var document = new DocBuilder().Sentence("the Gulf Cooperation Council met").Build();
        Assert.Equal(["Gulf Cooperation Council=gulf cooperation council"], Found(index, document));
        Assert.Equal(["Gulf Cooperation Council=gulf cooperation council", "Cooperation Council=cooperation council"], Found(index, document, overlapping: true));
    }

    [Fact]
    public void Titles_match_in_any_case()
    {
        var titles = new PhraseIndex(["foreign minister", "president"]);
        var document = new DocBuilder().Sentence("the Foreign Minister and the president").Build();
        Assert.Equal(["Foreign Minister=foreign minister", "president=president"], Found(titles, document));
    }

    [Fact]
    public void Exact_keys_are_found_without_the_document()
    {
        Assert.True(Names.TryFind("iran", out var id));
        Assert.Equal("iran", Names[id]);
        Assert.False(Names.TryFind("persia", out _));
    }

    [Fact]
    public void A_phrase_listed_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PhraseIndex(["iran", "iran"]));
    }
}
