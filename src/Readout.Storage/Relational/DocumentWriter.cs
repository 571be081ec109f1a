using System.Data.Common;
using System.Globalization;
using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Storage.NearDuplicates;
using Readout.Storage.Records;

namespace Readout.Storage.Relational;

/// <summary>Writes one analysed document and its rows (sentences, actors, entities, mentions, quotes, events, near-duplicate links).</summary>
internal static class DocumentWriter
{
    private static readonly string[] SentenceColumns = ["document_id", "ordinal", "start_offset", "end_offset"];
    private static readonly string[] ActorColumns = ["code", "country", "role"];
    private static readonly string[] EntityColumns = ["document_id", "local_id", "name", "type", "kb_id", "actor_code"];
    private static readonly string[] MentionColumns = ["document_id", "entity_id", "ordinal", "start_offset", "end_offset", "text", "kind", "rule"];

    private static readonly string[] QuoteColumns =
    [
        "document_id", "local_id", "kind", "speaker_entity_id", "speaker_name", "speaker_start", "speaker_end", "cue", "cue_start",
        "cue_end", "content", "content_start", "content_end", "rule",
    ];

    private static readonly string[] EventColumns =
    [
        "document_id", "local_id", "cameo", "cameo_root", "plover", "goldstein", "quad_class", "source_entity_id", "source_name",
        "source_code", "source_country", "target_entity_id", "target_name", "target_code", "target_country", "negated", "event_date",
        "event_month", "location_name", "location_country", "latitude", "longitude", "quote_id", "evidence", "evidence_start",
        "evidence_end", "rule",
    ];

    private static readonly string[] BandColumns = ["band", "bucket", "document_id"];

    private static readonly string[] ChildTables = ["minhash_bands", "events", "quotes", "mentions", "entities", "sentences"];

    /// <summary>
    /// Writes <paramref name="stored"/>, replacing another analysis of the same text (an older pipeline, other metadata);
    /// an identical analysis already stored is left as it is, so writing a document twice changes nothing.
    /// </summary>
    public static (WriteOutcome Outcome, int Links) Write(DbConnection connection, DbTransaction transaction, StoredDocument stored, string ingestedAt)
    {
        long? existing = null;
        using (var command = Sql.Command(connection, transaction, "SELECT id, pipeline_version, contract_json FROM documents WHERE content_hash = @p0", [stored.ContentHash]))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                if (reader.GetString(1) == stored.PipelineVersion && reader.GetString(2) == stored.ContractJson)
                {
                    return (WriteOutcome.Unchanged, 0);
                }

                existing = reader.GetInt64(0);
            }
        }

        if (existing is { } old)
        {
            Delete(connection, transaction, old);
        }

        var document = stored.Document;
        var metadata = stored.Metadata;
        // ON CONFLICT: a concurrent writer (another worker) stored the same text first; its row stands.
        var inserted = Sql.Scalar(
            connection,
            transaction,
            "INSERT INTO documents (content_hash, pipeline_version, external_id, source, outlet, url, title, byline, published, format, text_length, contract_json, minhash, ingested_at) " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13) ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            stored.ContentHash,
            stored.PipelineVersion,
            metadata.ExternalId,
            document.Source,
            metadata.Outlet,
            metadata.Url,
            document.Title,
            metadata.Byline,
            Iso(document.Published),
            metadata.Format,
            (long)document.Text.Length,
            stored.ContractJson,
            stored.Signature.IsEmpty ? null : stored.Signature.ToBytes(),
            ingestedAt);
        if (inserted is null)
        {
            return (WriteOutcome.Unchanged, 0);
        }

        var id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
        WriteSentences(connection, transaction, document, id);
        var entities = document.Get(AnnotationLayers.Entities) ?? [];
        var events = document.Get(AnnotationLayers.Events) ?? [];
        WriteActors(connection, transaction, entities, events);
        WriteEntities(connection, transaction, document, entities, id);
        WriteQuotes(connection, transaction, document, id);
        WriteEvents(connection, transaction, document, entities, events, id);
        var links = LinkNearDuplicates(connection, transaction, stored.Signature, id);
        return (existing is not null ? WriteOutcome.Replaced : WriteOutcome.Inserted, links);
    }

    /// <summary>
    /// Links the documents stored under <paramref name="contentHashes"/> to every similar stored document again, in
    /// two queries for the whole set. Writers in concurrent transactions cannot see each other's new documents, so each
    /// settles its batch after committing: whichever commits last then sees both sides of a pair.
    /// </summary>
    public static void SettleNearDuplicates(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> contentHashes)
    {
        var signatures = new Dictionary<long, MinHashSignature>();
        foreach (var chunk in contentHashes.Chunk(Sql.MaxParameters))
        {
            var placeholders = string.Join(", ", chunk.Select((_, i) => "@p" + i));
            using var command = Sql.Command(connection, transaction, $"SELECT id, minhash FROM documents WHERE minhash IS NOT NULL AND content_hash IN ({placeholders})", chunk);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                signatures[reader.GetInt64(0)] = MinHashSignature.FromBytes((byte[])reader.GetValue(1));
            }
        }

        var links = new SortedDictionary<(long, long), double>();
        foreach (var chunk in signatures.Keys.Chunk(Sql.MaxParameters))
        {
            var placeholders = string.Join(", ", chunk.Select((_, i) => "@p" + i));
            using var command = Sql.Command(
                connection,
                transaction,
                "SELECT DISTINCT mine.document_id, d.id, d.minhash FROM minhash_bands mine " +
                "JOIN minhash_bands other ON other.band = mine.band AND other.bucket = mine.bucket AND other.document_id <> mine.document_id " +
                $"JOIN documents d ON d.id = other.document_id WHERE mine.document_id IN ({placeholders})",
                chunk.Cast<object?>().ToArray());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var (id, other) = (reader.GetInt64(0), reader.GetInt64(1));
                var similarity = signatures[id].Similarity(MinHashSignature.FromBytes((byte[])reader.GetValue(2)));
                if (similarity >= MinHashSignature.LinkThreshold)
                {
                    links[(Math.Min(id, other), Math.Max(id, other))] = similarity;
                }
            }
        }

        // In key order, so two writers settling overlapping pairs take their row locks in the same order.
        var rows = links.Select(link => new object?[] { link.Key.Item1, link.Key.Item2, link.Value }).ToList();
        Sql.InsertRows(connection, transaction, "near_duplicates", ["first_id", "second_id", "similarity"], rows, "ON CONFLICT DO NOTHING");
    }

    private static void Delete(DbConnection connection, DbTransaction transaction, long id)
    {
        Sql.Execute(connection, transaction, "DELETE FROM near_duplicates WHERE first_id = @p0 OR second_id = @p0", id);
        foreach (var table in ChildTables)
        {
            Sql.Execute(connection, transaction, $"DELETE FROM {table} WHERE document_id = @p0", id);
        }

        Sql.Execute(connection, transaction, "DELETE FROM documents WHERE id = @p0", id);
    }

    private static void WriteSentences(DbConnection connection, DbTransaction transaction, Document document, long id)
    {
        var rows = new List<object?[]>();
        if (document.GetSpans(LayerNames.Sentences) is { } sentences)
        {
            var ordinal = 0L;
            foreach (var sentence in sentences)
            {
                rows.Add([id, ordinal++, (long)sentence.Start, (long)sentence.End]);
            }
        }

        Sql.InsertRows(connection, transaction, "sentences", SentenceColumns, rows);
    }

    private static void WriteActors(DbConnection connection, DbTransaction transaction, IReadOnlyList<Entity> entities, IReadOnlyList<PoliticalEvent> events)
    {
        var actors = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.Actor is { } actor)
            {
                actors.TryAdd(actor.Code, [actor.Code, actor.Country, actor.Role]);
            }
        }

        foreach (var code in events.SelectMany(e => new[] { e.Source?.Code, e.Target?.Code }))
        {
            if (code is not null)
            {
                actors.TryAdd(code, [code, ActorCountries.Of(code), ActorCountries.RoleOf(code)]);
            }
        }

        Sql.InsertRows(connection, transaction, "actors", ActorColumns, actors.Values.ToList(), "ON CONFLICT (code) DO NOTHING");
    }

    private static void WriteEntities(DbConnection connection, DbTransaction transaction, Document document, IReadOnlyList<Entity> entities, long id)
    {
        var entityRows = new List<object?[]>(entities.Count);
        var mentionRows = new List<object?[]>();
        foreach (var entity in entities)
        {
            entityRows.Add([id, entity.Id, entity.Name, entity.Type, entity.KnowledgeBaseId, entity.Actor?.Code]);
            var ordinal = 0L;
            foreach (var mention in entity.Mentions)
            {
                mentionRows.Add([id, entity.Id, ordinal++, (long)mention.Range.Start, (long)mention.Range.End, Slice(document, mention.Range), mention.Kind.ToString().ToLowerInvariant(), mention.Rule]);
            }
        }

        Sql.InsertRows(connection, transaction, "entities", EntityColumns, entityRows);
        Sql.InsertRows(connection, transaction, "mentions", MentionColumns, mentionRows);
    }

    private static void WriteQuotes(DbConnection connection, DbTransaction transaction, Document document, long id)
    {
        var quotes = document.Get(AnnotationLayers.Quotations) ?? [];
        var rows = quotes.Select(q => new object?[]
        {
            id, q.Id, q.Kind.ToString().ToLowerInvariant(), q.SpeakerEntityId, q.SpeakerName ?? (q.Speaker is { } speaker ? Slice(document, speaker) : null),
            (long?)q.Speaker?.Start, (long?)q.Speaker?.End, q.Cue is { } cue ? Slice(document, cue) : null, (long?)q.Cue?.Start, (long?)q.Cue?.End,
            Slice(document, q.Content), (long)q.Content.Start, (long)q.Content.End, q.Rule,
        }).ToList();
        Sql.InsertRows(connection, transaction, "quotes", QuoteColumns, rows);
    }

    private static void WriteEvents(DbConnection connection, DbTransaction transaction, Document document, IReadOnlyList<Entity> entities, IReadOnlyList<PoliticalEvent> events, long id)
    {
        var countries = entities.Where(e => e.Actor?.Country is not null).ToDictionary(e => e.Id, e => e.Actor!.Country, StringComparer.Ordinal);
        string? CountryOf(EventParticipant? participant) =>
            participant is null ? null
            : participant.EntityId is { } entity && countries.TryGetValue(entity, out var country) ? country
            : ActorCountries.Of(participant.Code);

        var rows = events.Select(e =>
        {
            var date = e.Date ?? document.Published;
            return new object?[]
            {
                id, e.Id, e.Cameo, e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo, e.Plover, e.Goldstein, (long)e.QuadClass,
                e.Source?.EntityId, e.Source?.Name, e.Source?.Code, CountryOf(e.Source),
                e.Target?.EntityId, e.Target?.Name, e.Target?.Code, CountryOf(e.Target),
                e.Negated ? 1L : 0L, Iso(date), date?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                e.Location?.Name, e.Location?.Country, e.Location?.Latitude, e.Location?.Longitude, e.QuotationId,
                Slice(document, e.Evidence), (long)e.Evidence.Start, (long)e.Evidence.End, e.Rule,
            };
        }).ToList();
        Sql.InsertRows(connection, transaction, "events", EventColumns, rows);
    }

    // Finds earlier documents sharing an LSH band, links those similar enough, then files this document's bands.
    private static int LinkNearDuplicates(DbConnection connection, DbTransaction transaction, MinHashSignature signature, long id)
    {
        if (signature.IsEmpty)
        {
            return 0;
        }

        var keys = new object?[MinHashSignature.BandCount * 2];
        var conditions = new string[MinHashSignature.BandCount];
        for (var band = 0; band < MinHashSignature.BandCount; band++)
        {
            keys[band * 2] = (long)band;
            keys[band * 2 + 1] = signature.BandKey(band);
            conditions[band] = $"(b.band = @p{band * 2} AND b.bucket = @p{band * 2 + 1})";
        }

        var candidates = new List<(long Id, byte[] Signature)>();
        using (var command = Sql.Command(
            connection,
            transaction,
            "SELECT DISTINCT d.id, d.minhash FROM minhash_bands b JOIN documents d ON d.id = b.document_id WHERE " + string.Join(" OR ", conditions),
            keys))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                candidates.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
            }
        }

        var links = new List<object?[]>();
        foreach (var (other, bytes) in candidates)
        {
            var similarity = signature.Similarity(MinHashSignature.FromBytes(bytes));
            if (other != id && similarity >= MinHashSignature.LinkThreshold)
            {
                links.Add([Math.Min(id, other), Math.Max(id, other), similarity]);
            }
        }

        Sql.InsertRows(connection, transaction, "near_duplicates", ["first_id", "second_id", "similarity"], links, "ON CONFLICT DO NOTHING");
        var bands = Enumerable.Range(0, MinHashSignature.BandCount).Select(band => new object?[] { (long)band, signature.BandKey(band), id }).ToList();
        Sql.InsertRows(connection, transaction, "minhash_bands", BandColumns, bands, "ON CONFLICT DO NOTHING");
        return links.Count;
    }

    private static string Slice(Document document, TextRange range) =>
        range.Start >= 0 && range.End <= document.Text.Length && range.Start <= range.End ? range.Of(document.Text) : string.Empty;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
