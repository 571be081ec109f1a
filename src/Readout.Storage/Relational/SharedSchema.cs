namespace Readout.Storage.Relational;

/// <summary>Schema statements that read the same in every dialect.</summary>
internal static class SharedSchema
{
    /// <summary>
    /// Each document's story: the lowest id among itself and the earlier documents it is a near-duplicate of, so that
    /// counting distinct stories counts a wire story carried by several outlets once.
    /// </summary>
    public const string DocumentStoriesView = """
        CREATE VIEW document_stories AS
        SELECT d.id AS document_id,
               COALESCE((SELECT MIN(n.first_id) FROM near_duplicates n WHERE n.second_id = d.id), d.id) AS story_id
        FROM documents d
        """;
}
