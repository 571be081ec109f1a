namespace Readout.Knowledge;

/// <summary>How an alias names its entry.</summary>
public enum AliasKind : byte
{
    /// <summary>The entry's usual name or a spelling of it ("Iran", "Bashar al-Assad").</summary>
    Name,

    /// <summary>A long or official form ("Islamic Republic of Iran", "Syrian Arab Republic").</summary>
    OfficialName,

    /// <summary>An abbreviation or acronym ("US", "UN", "ISIL").</summary>
    Abbreviation,

    /// <summary>A former name or a name before a rename ("Persia", "Jama'at al-Tawhid wal-Jihad").</summary>
    FormerName,

    /// <summary>A demonym or adjective of a country ("Iranian", "Syrian").</summary>
    Demonym,

    /// <summary>The people of a country, in the plural ("Americans", "Iranians").</summary>
    DemonymPlural,

    /// <summary>A capital used for the state's government ("Tehran", "Washington").</summary>
    Capital,

    /// <summary>A seat of government or institution used for it ("the Kremlin", "Downing Street").</summary>
    SeatOfGovernment,

    /// <summary>A non-neutral political epithet for a state or group ("the Zionist regime", "Daesh").</summary>
    Epithet,

    /// <summary>A person's surname ("Raisi", "al-Assad"), for title + surname lookups.</summary>
    Surname,
}
