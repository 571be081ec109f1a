using Readout.Knowledge.Actors;
using Readout.Knowledge.Lookup;

namespace Readout.Knowledge.Tests.Lookup;

public sealed class DatedRoleTests
{
    private static readonly KnowledgeBase Knowledge = SmallKnowledge.Instance;

    [Fact]
    public void A_president_named_by_title_and_surname_carries_the_government_code_during_the_term()
    {
        var best = Knowledge.Lookup("President Kaveh", SmallKnowledge.During).Best!;
        Assert.Equal("test:kaveh", best.Entry!.Id);
        Assert.Equal("IRNGOV", best.ActorCode);
        Assert.Equal(LookupRoute.TitleAndSurname, best.Route);
        Assert.Equal(Office.President, best.Role!.Office);
    }

    [Fact]
    public void Before_and_after_the_term_the_same_person_falls_back_to_the_elite_code()
    {
        foreach (var date in new[] { SmallKnowledge.Before, SmallKnowledge.After })
        {
            var best = Knowledge.Lookup("President Kaveh", date).Best!;
            Assert.Equal("test:kaveh", best.Entry!.Id);
            Assert.Equal("IRNELI", best.ActorCode);
            Assert.Null(best.Role);
        }
    }

    [Fact]
    public void A_demonym_and_a_title_resolve_to_whoever_held_the_office_on_the_date()
    {
        Assert.Equal("test:kaveh", Knowledge.Lookup("the Iranian President", SmallKnowledge.During).Best!.Entry!.Id);
        Assert.Equal("test:navid", Knowledge.Lookup("the Iranian President", SmallKnowledge.Recent).Best!.Entry!.Id);
    }

    [Fact]
    public void With_no_holder_known_on_the_date_only_the_composed_government_code_remains()
    {
        var result = Knowledge.Lookup("the Iranian President", SmallKnowledge.After);
        var only = Assert.Single(result.Candidates);
        Assert.Null(only.Entry);
        Assert.Equal("IRNGOV", only.ActorCode);
        Assert.Equal(LookupRoute.RoleWords, only.Route);
    }

    [Fact]
    public void An_open_ended_minister_is_followed_by_the_next_holder_of_the_office()
    {
        Assert.Equal("test:halabi", Knowledge.Lookup("the Syrian Foreign Minister", SmallKnowledge.During).Best!.Entry!.Id);
        var recent = Knowledge.Lookup("the Syrian Foreign Minister", SmallKnowledge.Recent).Best!;
        Assert.Equal("test:nasser", recent.Entry!.Id);
        Assert.Equal("SYRGOV", recent.ActorCode);

        var halabi = Knowledge.FindById("test:halabi")!.Roles.Single();
        Assert.Equal(new DateOnly(2020, 11, 21), halabi.End);
        Assert.True(halabi.Flags.HasFlag(RoleSpanFlags.EndInferred));
    }

    [Fact]
    public void A_title_of_a_country_with_a_full_name_is_read_in_that_order()
    {
        var best = Knowledge.Lookup("Minister of Foreign Affairs of Syria Faris Nasser", SmallKnowledge.Recent).Best!;
        Assert.Equal("test:nasser", best.Entry!.Id);
        Assert.Equal(LookupRoute.TitleAndName, best.Route);
    }

    [Fact]
    public void A_surname_shared_with_a_known_person_does_not_link_someone_with_another_given_name()
    {
        var result = Knowledge.Lookup("Lieutenant General Qasem Karimi", SmallKnowledge.Recent);
        var only = Assert.Single(result.Candidates);
        Assert.Null(only.Entry);
        Assert.Equal("MIL", only.ActorCode);
        Assert.Equal("test:karimi", Knowledge.Lookup("Minister Karimi", new DateOnly(2007, 1, 1)).Best!.Entry!.Id);
    }

    [Fact]
    public void Office_holders_are_listed_by_country_office_and_date()
    {
        var holders = Knowledge.OfficeHolders("IRN", Office.President, SmallKnowledge.During);
        Assert.Equal("test:kaveh", Assert.Single(holders).Entry.Id);
        Assert.Empty(Knowledge.OfficeHolders("IRN", Office.President, SmallKnowledge.After));
    }
}
