using Readout.Knowledge.Actors;
using Readout.Knowledge.Countries;
using Readout.Knowledge.Places;

namespace Readout.Knowledge.Building;

/// <summary>A knowledge-base entry while it is being built: mutable, with its aliases and roles.</summary>
public sealed class EntryDraft
{
    internal EntryDraft(string id, EntryKind kind, string name, string? country, string? actorCode, KnowledgeSources sources)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Country = country;
        ActorCode = actorCode;
        Sources = sources;
    }

    /// <summary>The stable id (a Wikidata id where known).</summary>
    public string Id { get; set; }

    /// <summary>What the entry stands for.</summary>
    public EntryKind Kind { get; set; }

    /// <summary>The canonical name.</summary>
    public string Name { get; set; }

    /// <summary>The country (CAMEO/ISO alpha-3), or null.</summary>
    public string? Country { get; set; }

    /// <summary>The actor code when no dated role applies.</summary>
    public string? ActorCode { get; set; }

    /// <summary>The data sets the entry comes from.</summary>
    public KnowledgeSources Sources { get; set; }

    /// <summary>Coordinates and population.</summary>
    public GeoLocation? Location { get; set; }

    /// <summary>Codes and forms, for countries.</summary>
    public CountryFacts? CountryFacts { get; set; }

    /// <summary>Dated roles.</summary>
    public List<RoleSpan> Roles { get; } = [];

    /// <summary>Aliases as written in the sources, with their kind.</summary>
    public List<(string Text, AliasKind Kind)> Aliases { get; } = [];

    /// <summary>Adds an alias (the name itself is always an alias).</summary>
    public EntryDraft Alias(string text, AliasKind kind = AliasKind.Name)
    {
        ArgumentNullException.ThrowIfNull(text);
        Aliases.Add((text, kind));
        return this;
    }

    /// <summary>Adds a dated role.</summary>
    public EntryDraft Role(
        string actorCode,
        DateOnly? start,
        DateOnly? end,
        Office office = Office.Unknown,
        string? title = null,
        RoleSpanFlags flags = RoleSpanFlags.None,
        KnowledgeSources source = KnowledgeSources.Readout,
        string? country = null)
    {
        ArgumentNullException.ThrowIfNull(actorCode);
        if (end is null)
        {
            flags |= RoleSpanFlags.OpenEnded;
        }

        Roles.Add(new RoleSpan(actorCode, country ?? CountryPart(actorCode), office, title, start, end, flags, source));
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {Id})";

    /// <summary>
    /// What a role belongs to: the country (first three letters), or the whole code of an intergovernmental
    /// organisation (<c>IGOUNOHLHWHO</c>), so that office holders are found per organisation; none for other
    /// transnational actors.
    /// </summary>
    internal static string? CountryPart(string actorCode) => actorCode.Length switch
    {
        < 3 => null,
        _ when actorCode.StartsWith("IGO", StringComparison.Ordinal) => actorCode,
        _ when Actors.ActorCodes.IsTransnational(actorCode) => null,
        _ => actorCode[..3],
    };
}
