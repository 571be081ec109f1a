namespace Readout.Knowledge.Actors;

/// <summary>The office a dated role holds, where the source says; <see cref="Unknown"/> when it gives only a code.</summary>
public enum Office : byte
{
    /// <summary>The source gives an actor code and dates but no office (most Phoenix roles).</summary>
    Unknown,

    /// <summary>A president (head of state, and of government in presidential systems).</summary>
    President,

    /// <summary>A vice-president.</summary>
    VicePresident,

    /// <summary>A prime minister, premier or chancellor (head of government).</summary>
    PrimeMinister,

    /// <summary>A monarch: king, queen, emir, sultan, emperor.</summary>
    Monarch,

    /// <summary>A supreme leader (Iran).</summary>
    SupremeLeader,

    /// <summary>A governor-general representing a monarch.</summary>
    GovernorGeneral,

    /// <summary>Another head of state (a collective presidency, a council chairman).</summary>
    OtherHeadOfState,

    /// <summary>A foreign minister or secretary of state.</summary>
    ForeignMinister,

    /// <summary>A defence minister.</summary>
    DefenseMinister,

    /// <summary>Another government minister.</summary>
    Minister,

    /// <summary>An ambassador or permanent representative.</summary>
    Ambassador,

    /// <summary>The head of an international organisation (secretary-general, director-general, president).</summary>
    OrganizationHead,

    /// <summary>A speaker or member of a legislature.</summary>
    Legislator,

    /// <summary>A military commander.</summary>
    MilitaryCommander,

    /// <summary>Another named office.</summary>
    Other,
}
