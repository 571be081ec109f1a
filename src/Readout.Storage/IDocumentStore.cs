using Readout.Storage.Queries;
using Readout.Storage.Records;

namespace Readout.Storage;

/// <summary>Where analysed documents are kept and queried: SQLite by default, PostgreSQL on request; one contract for both.</summary>
/// <remarks>A store holds one connection and is used by one thread at a time; open one per thread to read in parallel.</remarks>
public interface IDocumentStore : IDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Provider { get; }

    /// <summary>The schema version after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>The content hashes of documents already analysed by <paramref name="pipelineVersion"/>.</summary>
    IReadOnlySet<string> AnalysedHashes(string pipelineVersion);

    /// <summary>
    /// Writes a batch in one transaction: new documents are inserted, other analyses of the same text (an older pipeline,
    /// other metadata) replaced, and identical analyses already stored left as they are (so writing a batch twice changes nothing).
    /// </summary>
    /// <exception cref="Core.Errors.ReadoutException">DatabaseWriteFailed; nothing of the batch is kept.</exception>
    WriteResult Write(IReadOnlyList<StoredDocument> batch);

    /// <summary>
    /// Links each of these stored documents to every similar stored document, after their batch committed. Needed when
    /// several processes write at once: a transaction cannot see another's uncommitted documents, so a pair written
    /// concurrently is linked by whichever writer settles last. Idempotent.
    /// </summary>
    /// <exception cref="Core.Errors.ReadoutException">DatabaseWriteFailed.</exception>
    void SettleNearDuplicates(IReadOnlyCollection<string> contentHashes);

    /// <summary>Row counts per table and a content fingerprint.</summary>
    StoreSummary Summarize();

    /// <summary>Events, listed or summarised over time.</summary>
    ResultTable QueryEvents(EventQuery query);

    /// <summary>Quotations by speaker or text.</summary>
    ResultTable QueryQuotes(QuoteQuery query);

    /// <summary>Entities by name, with document and mention counts.</summary>
    ResultTable QueryEntities(EntityQuery query);

    /// <summary>Documents, or near-duplicate pairs.</summary>
    ResultTable QueryDocuments(DocumentQuery query);

    /// <summary>The stored document whose content hash is <paramref name="id"/>, with its contract JSON, or null.</summary>
    DocumentRecord? FindDocument(string id);

    /// <summary>Events matching <paramref name="query"/> with the columns the GDELT export needs, one row per event, in id order.</summary>
    /// <param name="query">The filter; its limit is the page size.</param>
    /// <param name="afterId">Only events with a larger id: the last id of the previous page, to export in pages.</param>
    ResultTable ExportEvents(EventQuery query, long afterId = 0);
}
