namespace Readout.Knowledge;

/// <summary>Counts that describe a compiled knowledge base (<c>readout kb stats</c> and the manifest).</summary>
/// <param name="EntriesByKind">Entries per kind.</param>
/// <param name="Aliases">Distinct alias keys.</param>
/// <param name="Postings">Alias–entry pairs.</param>
/// <param name="Roles">Dated roles.</param>
/// <param name="RolesWithOffice">Dated roles whose office is known.</param>
/// <param name="OpenEndedRoles">Roles with no known end.</param>
/// <param name="PeopleWithWikidataIds">People with a Wikidata id.</param>
/// <param name="Titles">Title and role phrases.</param>
public sealed record KnowledgeStatistics(
    IReadOnlyDictionary<EntryKind, int> EntriesByKind,
    int Aliases,
    int Postings,
    int Roles,
    int RolesWithOffice,
    int OpenEndedRoles,
    int PeopleWithWikidataIds,
    int Titles)
{
    /// <summary>All entries.</summary>
    public int Entries => EntriesByKind.Values.Sum();

    /// <summary>Counts the contents of <paramref name="knowledge"/>.</summary>
    public static KnowledgeStatistics Of(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var byKind = Enum.GetValues<EntryKind>().ToDictionary(k => k, _ => 0);
        int roles = 0, withOffice = 0, open = 0, wikidata = 0;
        foreach (var entry in knowledge.Entries)
        {
            byKind[entry.Kind]++;
            roles += entry.Roles.Count;
            withOffice += entry.Roles.Count(r => r.Office != Actors.Office.Unknown);
            open += entry.Roles.Count(r => r.End is null);
            if (entry.Kind == EntryKind.Person && entry.WikidataId is not null)
            {
                wikidata++;
            }
        }

        return new KnowledgeStatistics(byKind, knowledge.Names.Count, knowledge.PostingCount, roles, withOffice, open, wikidata, knowledge.Titles.Count);
    }
}
