using Readout.Knowledge.Actors;

namespace Readout.Knowledge.Building;

/// <summary>One source's view of a person, before records naming the same person are merged.</summary>
internal sealed class PersonRecord
{
    public List<string> Names { get; } = [];

    public List<RoleSpan> Roles { get; } = [];

    /// <summary>The code that applies outside the dated roles (Phoenix's <c>[IRNELI]</c>: a former official).</summary>
    public string? DefaultCode { get; set; }

    public string? WikidataId { get; set; }

    /// <summary>The name as Wikidata labels it, preferred for display.</summary>
    public string? WikidataName { get; set; }

    /// <summary>The country the source files the person under, when its roles do not say.</summary>
    public string? HomeCountry { get; set; }

    public KnowledgeSources Sources { get; set; }

    /// <summary>Every country or organisation the person is tied to: the home country and the countries of the roles.</summary>
    public IEnumerable<string> Countries()
    {
        if (HomeCountry is not null)
        {
            yield return HomeCountry;
        }

        foreach (var role in Roles)
        {
            if (role.Country is not null)
            {
                yield return role.Country;
            }
        }
    }
}
