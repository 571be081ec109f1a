using Readout.Knowledge.Actors;
using Readout.Knowledge.Ontologies;

namespace Readout.Knowledge.Tests.Shipped;

/// <summary>A few checks of the shipped files (models/kb, models/ontology) on facts of record.</summary>
public sealed class ShippedKnowledgeTests
{
    private static readonly DateOnly Readout = new(2023, 11, 15);

    [Fact]
    public void President_Raisi_in_november_2023_is_ebrahim_raisi_of_the_iranian_government()
    {
        var best = KnowledgeBase.Shared.Lookup("President Raisi", Readout).Best!;
        Assert.Equal("Q5947347", best.Entry!.Id);
        Assert.Equal("IRNGOV", best.ActorCode);
        Assert.Equal(Office.President, best.Role!.Office);
    }

    [Fact]
    public void The_syrian_foreign_minister_is_mekdad_in_2023_and_someone_else_in_2010()
    {
        var recent = KnowledgeBase.Shared.Lookup("the Syrian Foreign Minister", Readout).Best!;
        Assert.Equal("Q5431067", recent.Entry!.Id);
        Assert.Equal("SYRGOV", recent.ActorCode);

        var earlier = KnowledgeBase.Shared.Lookup("the Syrian Foreign Minister", new DateOnly(2010, 6, 1)).Best!;
        Assert.NotEqual(recent.Entry, earlier.Entry);
        Assert.Equal(Office.ForeignMinister, earlier.Role!.Office);
    }

    [Fact]
    public void The_iranian_president_changes_with_the_date()
    {
        var during = KnowledgeBase.Shared.Lookup("the Iranian President", new DateOnly(2010, 6, 1)).Best!;
        Assert.Equal("Mahmoud Ahmadinejad", during.Entry!.Name);
        Assert.Equal("IRNELI", KnowledgeBase.Shared.Lookup("President Ahmadinejad", new DateOnly(2015, 6, 1)).Best!.ActorCode);
    }

    [Theory]
    [InlineData("Tehran", "IRNGOV")]
    [InlineData("Damascus", "SYRGOV")]
    [InlineData("the Kremlin", "RUSGOV")]
    [InlineData("the Americans", "USA")]
    [InlineData("Daesh", "IMGMOSISI")]
    [InlineData("ISIL", "IMGMOSISI")]
    [InlineData("the Zionists", "ISR")]
    [InlineData("Islamic Republic of Iran", "IRN")]
    [InlineData("Security Council", "IGOUNO")]
    [InlineData("NATO", "IGOWSTNAT")]
    [InlineData("Hezbollah", "LBNREB")]
    public void Names_in_the_news_resolve_to_their_actor_codes(string query, string code)
    {
        Assert.Equal(code, KnowledgeBase.Shared.Lookup(query, Readout).Best!.ActorCode);
    }

    [Fact]
    public void The_shipped_ontology_maps_cameo_to_plover_with_goldstein_scores()
    {
        var accuse = EventOntology.Shared["112"];
        Assert.Equal("ACCUSE", accuse.PloverEvent);
        Assert.Equal(-2.0, accuse.Goldstein);
        Assert.Equal(QuadClass.VerbalConflict, accuse.QuadClass);
        Assert.Equal("CONSULT", EventOntology.Shared["040"].PloverEvent);
        Assert.Equal(311, EventOntology.Shared.Codes.Count);
    }
}
