namespace Readout.Knowledge.Lookup;

/// <summary>How a lookup reached a candidate.</summary>
public enum LookupRoute : byte
{
    /// <summary>The whole query is an alias of the entry ("Iran", "the Kremlin", "Daesh", "Ebrahim Raisi").</summary>
    Alias,

    /// <summary>A title and a full name ("Syrian President Bashar al-Assad").</summary>
    TitleAndName,

    /// <summary>A title and a surname ("President Raisi"), resolved by the roles held on the date.</summary>
    TitleAndSurname,

    /// <summary>A surname alone ("Raisi").</summary>
    Surname,

    /// <summary>A country and an office, resolved to whoever held it on the date ("the Syrian Foreign Minister").</summary>
    OfficeHolder,

    /// <summary>No entry: an actor code composed from a country and role words ("an Iranian military official" → IRNMIL).</summary>
    RoleWords,
}
