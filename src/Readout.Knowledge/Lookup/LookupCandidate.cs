using Readout.Knowledge.Actors;

namespace Readout.Knowledge.Lookup;

/// <summary>One thing a query may refer to, with the actor code it carries on the lookup's date.</summary>
/// <param name="Entry">The knowledge-base entry, or null for an actor composed from role words.</param>
/// <param name="ActorCode">The CAMEO actor code on the date (<c>IRNGOV</c>; a capital gives its state's government), or null.</param>
/// <param name="Country">The country (alpha-3) or organisation code, or null.</param>
/// <param name="Role">The dated role that gives the actor code, or null.</param>
/// <param name="Route">How the lookup reached the candidate.</param>
/// <param name="AliasKind">How the matched alias names the entry, when an alias matched.</param>
/// <param name="Score">A ranking score (higher first); comparable within one lookup only.</param>
public sealed record LookupCandidate(
    KnowledgeEntry? Entry,
    string? ActorCode,
    string? Country,
    RoleSpan? Role,
    LookupRoute Route,
    AliasKind? AliasKind,
    double Score)
{
    /// <summary>True when the alias is a non-neutral epithet ("the Zionist regime"): the entity is known, the wording is the source's.</summary>
    public bool IsEpithet => AliasKind == Knowledge.AliasKind.Epithet;

    /// <summary>True when the candidate is a state named by its capital or seat of government, standing for its government.</summary>
    public bool IsMetonym => AliasKind is Knowledge.AliasKind.Capital or Knowledge.AliasKind.SeatOfGovernment;
}
