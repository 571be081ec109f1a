using Readout.Knowledge.Actors;
using Readout.Knowledge.Building;
using Readout.Knowledge.Index;

namespace Readout.Knowledge.Tests.Building;

public sealed class KnowledgeDraftTests
{
    [Fact]
    public void People_get_their_surnames_as_aliases_and_particles_stay_with_them()
    {
        var draft = new KnowledgeDraft();
        draft.Add("p1", EntryKind.Person, "Bashar al-Assad", "SYR");
        draft.Add("p2", EntryKind.Person, "Vice President", "USA");
        draft.AddTitle("president", "GOV", Office.President);
        var knowledge = draft.Build();

        Assert.Equal(AliasKind.Surname, knowledge.PostingsOf("Assad")[0].Kind);
        Assert.Equal(AliasKind.Surname, knowledge.PostingsOf("al-Assad")[0].Kind);
        Assert.True(knowledge.PostingsOf("President").IsEmpty);
    }

    [Fact]
    public void Short_names_written_only_in_capitals_must_be_capitals_in_a_document()
    {
        var draft = new KnowledgeDraft();
        draft.Add("a", EntryKind.Country, "United States").Alias("US", AliasKind.Abbreviation);
        draft.Add("b", EntryKind.City, "Ede");
        var knowledge = draft.Build();

        Assert.True(knowledge.Names.TryFind("us", out var us));
        Assert.Equal(CaseRule.Acronym, knowledge.Names.CaseRuleOf(us));
        Assert.True(knowledge.Names.TryFind("ede", out var ede));
        Assert.Equal(CaseRule.Capitalized, knowledge.Names.CaseRuleOf(ede));
    }

    [Fact]
    public void An_alias_marked_as_an_epithet_stays_one_even_if_another_source_lists_it_as_a_name()
    {
        var draft = new KnowledgeDraft();
        draft.Add("g", EntryKind.ArmedGroup, "Islamic State").Alias("Daesh").Alias("Daesh", AliasKind.Epithet);
        Assert.Equal(AliasKind.Epithet, draft.Build().PostingsOf("Daesh")[0].Kind);
    }

    [Fact]
    public void Two_entries_with_the_same_id_are_refused()
    {
        var draft = new KnowledgeDraft();
        draft.Add("x", EntryKind.City, "One");
        Assert.Throws<ArgumentException>(() => draft.Add("x", EntryKind.City, "Two"));
    }

    [Fact]
    public void An_open_role_is_ended_only_by_a_later_holder_of_the_same_office_and_country()
    {
        var draft = new KnowledgeDraft();
        draft.Add("a", EntryKind.Person, "First Holder", "ABC").Role("ABCGOV", new DateOnly(2000, 1, 1), null, Office.PrimeMinister);
        draft.Add("b", EntryKind.Person, "Other Office", "ABC").Role("ABCGOV", new DateOnly(2005, 1, 1), null, Office.Minister);
        draft.Add("c", EntryKind.Person, "Other Country", "XYZ").Role("XYZGOV", new DateOnly(2006, 1, 1), null, Office.PrimeMinister);
        var knowledge = draft.Build();

        var role = knowledge.FindById("a")!.Roles.Single();
        Assert.Null(role.End);
        Assert.True(role.Flags.HasFlag(RoleSpanFlags.OpenEnded));

        draft.Add("d", EntryKind.Person, "Second Holder", "ABC").Role("ABCGOV", new DateOnly(2010, 5, 1), null, Office.PrimeMinister);
        var ended = draft.Build().FindById("a")!.Roles.Single();
        Assert.Equal(new DateOnly(2010, 4, 30), ended.End);
        Assert.Null(draft.Build().FindById("d")!.Roles.Single().End);
    }
}
