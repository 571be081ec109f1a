using Readout.Knowledge.Lookup;

namespace Readout.Knowledge.Tests.Lookup;

public sealed class AliasLookupTests
{
    private static readonly KnowledgeBase Knowledge = SmallKnowledge.Instance;

    private static LookupCandidate Best(string query) => Knowledge.Lookup(query, SmallKnowledge.Recent).Best!;

    [Fact]
    public void A_capital_named_as_an_actor_stands_for_the_state_government_before_the_city()
    {
        var result = Knowledge.Lookup("Tehran", SmallKnowledge.Recent);
        var state = result.Candidates[0];
        Assert.Equal("iso:IRN", state.Entry!.Id);
        Assert.Equal("IRNGOV", state.ActorCode);
        Assert.True(state.IsMetonym);
        Assert.Equal(EntryKind.City, result.Candidates[1].Entry!.Kind);
    }

    [Fact]
    public void A_seat_of_government_gives_the_institution_code()
    {
        var best = Best("the White House");
        Assert.Equal("USAGOV", best.ActorCode);
        Assert.True(best.IsMetonym);
    }

    [Theory]
    [InlineData("Iranian", "iso:IRN", "IRN")]
    [InlineData("the Americans", "iso:USA", "USA")]
    [InlineData("Syrian Arab Republic", "iso:SYR", "SYR")]
    [InlineData("the US", "iso:USA", "USA")]
    [InlineData("SYRIA", "iso:SYR", "SYR")]
    public void Demonyms_abbreviations_and_long_forms_name_the_country(string query, string id, string code)
    {
        var best = Best(query);
        Assert.Equal(id, best.Entry!.Id);
        Assert.Equal(code, best.ActorCode);
    }

    [Fact]
    public void A_political_epithet_resolves_and_is_flagged()
    {
        var best = Best("the Great Satan");
        Assert.Equal("iso:USA", best.Entry!.Id);
        Assert.True(best.IsEpithet);
        Assert.False(Best("the United States").IsEpithet);
    }

    [Theory]
    [InlineData("Daesh", AliasKind.Epithet)]
    [InlineData("ISIL", AliasKind.Abbreviation)]
    [InlineData("Islamic State of Iraq", AliasKind.FormerName)]
    [InlineData("Islamic State", AliasKind.Name)]
    public void An_armed_group_is_found_by_its_names_renames_and_epithets(string query, AliasKind kind)
    {
        var best = Best(query);
        Assert.Equal("test:is", best.Entry!.Id);
        Assert.Equal("IMGMOSISI", best.ActorCode);
        Assert.Equal(kind, best.AliasKind);
    }

    [Theory]
    [InlineData("UN", "test:un")]
    [InlineData("the Security Council", "test:unsc")]
    public void International_organisations_carry_their_igo_codes(string query, string id)
    {
        var best = Best(query);
        Assert.Equal(id, best.Entry!.Id);
        Assert.Equal("IGOUNO", best.ActorCode);
    }

    [Fact]
    public void Role_words_with_a_demonym_compose_an_actor_code_without_an_entry()
    {
        var best = Best("an Iranian military official");
        Assert.Null(best.Entry);
        Assert.Equal("IRNMIL", best.ActorCode);
        Assert.Equal("IRN", best.Country);
    }

    [Fact]
    public void A_possessive_country_reads_like_a_demonym()
    {
        Assert.Equal("test:navid", Best("Iran's President").Entry!.Id);
    }

    [Fact]
    public void Unknown_names_return_no_candidates()
    {
        Assert.Empty(Knowledge.Lookup("Atlantis", SmallKnowledge.Recent).Candidates);
    }

    [Fact]
    public void Aliases_of_an_entry_are_listed_with_their_kinds()
    {
        var iran = Knowledge.FindCountry("IR")!;
        var aliases = Knowledge.AliasesOf(iran);
        Assert.Contains(("tehran", AliasKind.Capital), aliases);
        Assert.Contains(("iranian", AliasKind.Demonym), aliases);
        Assert.Same(iran, Knowledge.FindCountry("IRN"));
    }
}
