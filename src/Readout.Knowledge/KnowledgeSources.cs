namespace Readout.Knowledge;

/// <summary>The data sets an entry or role was compiled from (see docs/knowledge.md and NOTICE.md for licences).</summary>
[Flags]
public enum KnowledgeSources : ushort
{
    /// <summary>No source recorded.</summary>
    None = 0,

    /// <summary>Debian iso-codes (LGPL-2.1+).</summary>
    IsoCodes = 1 << 0,

    /// <summary>GeoNames cities15000, countryInfo and admin1 codes (CC BY 4.0).</summary>
    GeoNames = 1 << 1,

    /// <summary>countries-list (MIT).</summary>
    CountriesList = 1 << 2,

    /// <summary>Phoenix / PETRARCH-2 actor and agent dictionaries (MIT).</summary>
    Phoenix = 1 << 3,

    /// <summary>Schrodt's CountryInfo.txt (CC BY-SA 3.0).</summary>
    CountryInfo = 1 << 4,

    /// <summary>Wikidata office-holder snapshots (CC0).</summary>
    Wikidata = 1 << 5,

    /// <summary>UCDP Actor Dataset 22.1 (CC BY 4.0).</summary>
    Ucdp = 1 << 6,

    /// <summary>Demonym lists: Mordecai and i18n-nationality (MIT), CLIFF's Wikipedia list (CC BY-SA).</summary>
    Demonyms = 1 << 7,

    /// <summary>NGEC country crosswalk and PLOVER agents (MIT).</summary>
    Ngec = 1 << 8,

    /// <summary>Facts written by the Readout project (seats of government, epithets, IGO aliases, offices).</summary>
    Readout = 1 << 9,
}
