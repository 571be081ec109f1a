namespace Readout.Knowledge.Actors;

/// <summary>How certain a role's dates are.</summary>
[Flags]
public enum RoleSpanFlags : byte
{
    /// <summary>Dates as the source gives them, to the day.</summary>
    None = 0,

    /// <summary>The source gives only the year of the start ("2021"); the start is taken as 1 January.</summary>
    StartYearOnly = 1,

    /// <summary>The source gives only the year of the end; the end is taken as 31 December.</summary>
    EndYearOnly = 2,

    /// <summary>
    /// The source gives no end: the role continues open-ended from its start. The data ends around 2022, so an open
    /// role may have ended since.
    /// </summary>
    OpenEnded = 4,

    /// <summary>The end was inferred at the build: the next holder of the same single-holder office took over.</summary>
    EndInferred = 8,

    /// <summary>The source only says the role was held when its coding began (CountryInfo: January 2003).</summary>
    StartApproximate = 16,
}
