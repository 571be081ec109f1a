using Readout.Knowledge.Actors;
using Readout.Knowledge.Building;
using Readout.Knowledge.Countries;
using Readout.Knowledge.Places;

namespace Readout.Knowledge.Tests;

/// <summary>A small knowledge base written for the tests: real countries, invented office holders.</summary>
internal static class SmallKnowledge
{
    public static readonly DateOnly Before = new(2003, 6, 1);
    public static readonly DateOnly During = new(2010, 6, 1);
    public static readonly DateOnly After = new(2015, 6, 1);
    public static readonly DateOnly Recent = new(2023, 11, 15);

    private static readonly Lazy<KnowledgeBase> Built = new(() => Draft().Build());

    public static KnowledgeBase Instance => Built.Value;

    public static KnowledgeDraft Draft()
    {
        var draft = new KnowledgeDraft();
        Country(draft, "IR", "IRN", "Iran", "Islamic Republic of Iran", "Iranian", "Tehran");
        Country(draft, "SY", "SYR", "Syria", "Syrian Arab Republic", "Syrian", "Damascus");
        Country(draft, "US", "USA", "United States", "United States of America", "American", "Washington")
            .Alias("US", AliasKind.Abbreviation).Alias("Americans", AliasKind.DemonymPlural).Alias("Great Satan", AliasKind.Epithet);

        draft.Add("geonames:1", EntryKind.City, "Tehran", "IRN", "IRN").Location = new GeoLocation(35.69, 51.42, 7_000_000, 1, "PPLC", "Tehran");
        draft.Add("geonames:2", EntryKind.City, "Damascus", "SYR", "SYR").Location = new GeoLocation(33.51, 36.29, 1_500_000, 2, "PPLC", "Dimashq");

        draft.Add("test:un", EntryKind.InternationalOrganization, "United Nations", actorCode: "IGOUNO").Alias("UN", AliasKind.Abbreviation);
        draft.Add("test:unsc", EntryKind.InternationalOrganization, "United Nations Security Council", actorCode: "IGOUNO").Alias("Security Council");
        draft.Add("test:white-house", EntryKind.Institution, "White House", "USA", "USAGOV").Alias("the White House", AliasKind.SeatOfGovernment);
        draft.Add("test:is", EntryKind.ArmedGroup, "Islamic State", actorCode: "IMGMOSISI")
            .Alias("ISIL", AliasKind.Abbreviation).Alias("Islamic State of Iraq", AliasKind.FormerName).Alias("Daesh", AliasKind.Epithet);

        draft.Add("test:kaveh", EntryKind.Person, "Darius Kaveh", "IRN", "IRNELI")
            .Role("IRNGOV", new DateOnly(2005, 8, 3), new DateOnly(2013, 8, 3), Office.President, "President of Iran");
        draft.Add("test:navid", EntryKind.Person, "Reza Navid", "IRN")
            .Role("IRNGOV", new DateOnly(2021, 8, 3), null, Office.President, "President of Iran");
        draft.Add("test:halabi", EntryKind.Person, "Omar Halabi", "SYR")
            .Role("SYRGOV", new DateOnly(2006, 3, 1), null, Office.ForeignMinister, "Minister of Foreign Affairs");
        draft.Add("test:nasser", EntryKind.Person, "Faris Nasser", "SYR")
            .Role("SYRGOV", new DateOnly(2020, 11, 22), null, Office.ForeignMinister, "Minister of Foreign Affairs and Expatriates");
        draft.Add("test:karimi", EntryKind.Person, "Mohammad Karimi", "IRN")
            .Role("IRNGOVMED", new DateOnly(2005, 9, 1), new DateOnly(2009, 9, 30), Office.Minister, "Minister of Communications");

        draft.AddTitle("president", "GOV", Office.President);
        draft.AddTitle("foreign minister", "GOV", Office.ForeignMinister);
        draft.AddTitle("minister of foreign affairs", "GOV", Office.ForeignMinister);
        draft.AddTitle("minister", "GOV", Office.Minister);
        draft.AddTitle("military official", "MIL");
        draft.AddTitle("military", "MIL");
        draft.AddTitle("troops", "MIL");
        draft.AddTitle("lieutenant general", "MIL", Office.MilitaryCommander);
        draft.AddTitle("secretary-general", "GOV", Office.OrganizationHead);
        draft.AddTitle("martyr", null);
        return draft;
    }

    private static EntryDraft Country(KnowledgeDraft draft, string alpha2, string alpha3, string name, string official, string demonym, string capital)
    {
        var country = draft.Add($"iso:{alpha3}", EntryKind.Country, name, alpha3, alpha3);
        country.CountryFacts = new CountryFacts(alpha2, alpha3, alpha3, official, demonym, capital);
        return country.Alias(official, AliasKind.OfficialName).Alias(demonym, AliasKind.Demonym).Alias(capital, AliasKind.Capital);
    }
}
