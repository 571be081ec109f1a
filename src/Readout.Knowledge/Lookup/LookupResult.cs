using Readout.Knowledge.Actors;

namespace Readout.Knowledge.Lookup;

/// <summary>What the knowledge base knows about a query on a date: ranked candidates and how the query was read.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Date">The date roles were resolved on.</param>
/// <param name="Key">The normalised query.</param>
/// <param name="Country">The country or organisation the query names by name or demonym ("Syrian" → Syria), or null.</param>
/// <param name="Title">The title the query contains ("Foreign Minister"), or null.</param>
/// <param name="Name">The name part left after the country and title ("raisi"), or null.</param>
/// <param name="Candidates">Candidates, best first.</param>
public sealed record LookupResult(
    string Query,
    DateOnly Date,
    string Key,
    KnowledgeEntry? Country,
    Title? Title,
    string? Name,
    IReadOnlyList<LookupCandidate> Candidates)
{
    /// <summary>The best candidate, or null when nothing matched.</summary>
    public LookupCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}
