namespace Readout.Knowledge;

/// <summary>What a knowledge-base entry stands for.</summary>
public enum EntryKind : byte
{
    /// <summary>A sovereign state or territory with an ISO 3166 code.</summary>
    Country,

    /// <summary>A first-level administrative region (province, state, governorate).</summary>
    Region,

    /// <summary>A populated place (GeoNames cities of 15,000 people or more, and capitals).</summary>
    City,

    /// <summary>An intergovernmental organisation or one of its bodies (UN, Security Council, NATO, EU).</summary>
    InternationalOrganization,

    /// <summary>A non-governmental organisation (Red Cross, Amnesty International).</summary>
    NonGovernmentalOrganization,

    /// <summary>A company or multinational corporation.</summary>
    Company,

    /// <summary>A non-state armed group, rebel movement or party to a conflict (Islamic State, Hezbollah, Taliban).</summary>
    ArmedGroup,

    /// <summary>A non-state political group: a party, an opposition movement, supporters of a party.</summary>
    PoliticalGroup,

    /// <summary>A state institution or seat of government (the Kremlin, the White House, a parliament, an army).</summary>
    Institution,

    /// <summary>A person, usually with dated roles.</summary>
    Person,
}
