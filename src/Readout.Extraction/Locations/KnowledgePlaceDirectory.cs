using Readout.Core.Annotations;
using Readout.Knowledge;

namespace Readout.Extraction.Locations;

/// <summary>
/// Looks places up in the compiled knowledge base: a city, region or country the name (or its id) names, with its
/// GeoNames coordinates. A capital named as a place ("in Tehran") is the city, not the state it stands for elsewhere.
/// </summary>
/// <remarks>Thread-safe: the knowledge base is immutable.</remarks>
public sealed class KnowledgePlaceDirectory : IPlaceDirectory
{
    private readonly KnowledgeBase _knowledge;

    /// <summary>Creates a directory over <paramref name="knowledge"/>.</summary>
    public KnowledgePlaceDirectory(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
    }

    /// <inheritdoc />
    public Place? Find(string? knowledgeBaseId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        KnowledgeEntry? best = null;
        foreach (var posting in _knowledge.PostingsOf(name))
        {
            var entry = _knowledge.Entries[posting.Entry];
            if (entry.Location is null || Rank(entry.Kind) == 0)
            {
                continue;
            }

            if (best is null || Rank(entry.Kind) > Rank(best.Kind) || (entry.Kind == best.Kind && entry.Location.Population > best.Location!.Population)
                || (knowledgeBaseId is not null && entry.Id == knowledgeBaseId && best.Id != knowledgeBaseId))
            {
                best = entry;
            }
        }

        return best is { Location: { } location }
            ? new Place(best.Kind == EntryKind.Country ? best.Name : name, best.Country ?? best.CountryFacts?.Alpha3, location.Latitude, location.Longitude, location.GeoNamesId)
            : null;
    }

    /// <summary>Cities first, then regions, then countries (whose coordinates are their capital's).</summary>
    private static int Rank(EntryKind kind) => kind switch
    {
        EntryKind.City => 3,
        EntryKind.Region => 2,
        EntryKind.Country => 1,
        _ => 0,
    };
}
