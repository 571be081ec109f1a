using Readout.Knowledge.Actors;
using Readout.Knowledge.Countries;
using Readout.Knowledge.Places;

namespace Readout.Knowledge;

/// <summary>One thing the knowledge base knows: a country, place, organisation, armed group, institution or person.</summary>
/// <remarks>Immutable; entries are shared by every lookup and document.</remarks>
public sealed class KnowledgeEntry
{
    /// <summary>Creates an entry (the compiled file's reader and tests build these).</summary>
    public KnowledgeEntry(
        int index,
        string id,
        EntryKind kind,
        string name,
        string? country,
        string? actorCode,
        IReadOnlyList<RoleSpan>? roles = null,
        GeoLocation? location = null,
        CountryFacts? countryFacts = null,
        KnowledgeSources sources = KnowledgeSources.None)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        Index = index;
        Id = id;
        Kind = kind;
        Name = name;
        Country = country;
        ActorCode = actorCode;
        Roles = roles ?? [];
        Location = location;
        CountryFacts = countryFacts;
        Sources = sources;
    }

    /// <summary>The entry's position in <see cref="KnowledgeBase.Entries"/>.</summary>
    public int Index { get; }

    /// <summary>
    /// A stable identifier: the Wikidata id where known (<c>Q5947347</c>), else a source-prefixed id
    /// (<c>iso:IRN</c>, <c>geonames:112931</c>, <c>ucdp:234</c>, <c>cameo:IGOUNO</c>, <c>phoenix:…</c>).
    /// </summary>
    public string Id { get; }

    /// <summary>What the entry stands for.</summary>
    public EntryKind Kind { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>The country it belongs to (CAMEO/ISO alpha-3), or null (international organisations, transnational groups).</summary>
    public string? Country { get; }

    /// <summary>The CAMEO actor code when no dated role applies (<c>IRN</c>, <c>IGOUNO</c>, <c>IMGMOSISI</c>, <c>IRNELI</c>), or null.</summary>
    public string? ActorCode { get; }

    /// <summary>Dated roles, ordered by start date.</summary>
    public IReadOnlyList<RoleSpan> Roles { get; }

    /// <summary>Coordinates and population, for countries (their capital), regions and cities.</summary>
    public GeoLocation? Location { get; }

    /// <summary>Codes and forms, for countries.</summary>
    public CountryFacts? CountryFacts { get; }

    /// <summary>The data sets the entry was compiled from.</summary>
    public KnowledgeSources Sources { get; }

    /// <summary>The Wikidata id, when the entry's id is one.</summary>
    public string? WikidataId => Id.Length > 1 && Id[0] == 'Q' && char.IsAsciiDigit(Id[1]) ? Id : null;

    /// <summary>The roles active on <paramref name="date"/> (usually zero or one).</summary>
    public IEnumerable<RoleSpan> RolesOn(DateOnly date)
    {
        foreach (var role in Roles)
        {
            if (role.IsActiveOn(date))
            {
                yield return role;
            }
        }
    }

    /// <summary>
    /// The role that gives the entry's actor code on <paramref name="date"/>: a role with a known office first, then
    /// the most recently started. Null when none is active.
    /// </summary>
    public RoleSpan? RoleOn(DateOnly date)
    {
        RoleSpan? best = null;
        foreach (var role in Roles)
        {
            if (!role.IsActiveOn(date))
            {
                continue;
            }

            if (best is null || Rank(role) > Rank(best) || (Rank(role) == Rank(best) && (role.Start ?? DateOnly.MinValue) > (best.Start ?? DateOnly.MinValue)))
            {
                best = role;
            }
        }

        return best;

        // Named offices beat bare codes; government roles beat the "elite" (former official) code.
        static int Rank(RoleSpan role) => (role.Office != Office.Unknown ? 2 : 0) + (role.ActorCode.EndsWith("ELI", StringComparison.Ordinal) ? 0 : 1);
    }

    /// <summary>The actor code on <paramref name="date"/>: the active role's code, else <see cref="ActorCode"/>.</summary>
    public string? ActorCodeOn(DateOnly date) => RoleOn(date)?.ActorCode ?? ActorCode;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {Id})";
}
