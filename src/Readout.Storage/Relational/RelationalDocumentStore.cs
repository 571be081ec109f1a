using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Readout.Core.Errors;
using Readout.Storage.Queries;
using Readout.Storage.Records;

namespace Readout.Storage.Relational;

/// <summary>The store over any ADO.NET database: the shared SQL; a <see cref="SqlDialect"/> supplies what differs.</summary>
internal class RelationalDocumentStore : IDocumentStore
{
    private static readonly string[] CountedTables =
    [
        "documents", "sentences", "actors", "entities", "mentions", "quotes", "events", "near_duplicates",
    ];

    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    protected RelationalDocumentStore(DbConnection connection, SqlDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
        dialect.Configure(connection);
        SchemaVersion = SchemaMigrator.Migrate(connection, dialect);
    }

    public string Provider => _dialect.Provider;

    public int SchemaVersion { get; }

    public IReadOnlySet<string> AnalysedHashes(string pipelineVersion)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        using var command = Sql.Command(_connection, null, "SELECT content_hash FROM documents WHERE pipeline_version = @p0", [pipelineVersion]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    public WriteResult Write(IReadOnlyList<StoredDocument> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ingestedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        using var transaction = _connection.BeginTransaction();
        var result = default(WriteResult);
        try
        {
            foreach (var stored in batch)
            {
                var (outcome, links) = DocumentWriter.Write(_connection, transaction, stored, ingestedAt);
                result += outcome switch
                {
                    WriteOutcome.Inserted => new WriteResult(1, 0, links),
                    WriteOutcome.Replaced => new WriteResult(0, 1, links),
                    _ => new WriteResult(0, 0, 0, Unchanged: 1),
                };
            }

            transaction.Commit();
        }
        catch (DbException exception)
        {
            transaction.Rollback();
            throw new ReadoutException(ErrorCodes.DatabaseWriteFailed, exception.Message, exception);
        }

        return result;
    }

    public void SettleNearDuplicates(IReadOnlyCollection<string> contentHashes)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        using var transaction = _connection.BeginTransaction();
        try
        {
            DocumentWriter.SettleNearDuplicates(_connection, transaction, contentHashes);
            transaction.Commit();
        }
        catch (DbException exception)
        {
            transaction.Rollback();
            throw new ReadoutException(ErrorCodes.DatabaseWriteFailed, exception.Message, exception);
        }
    }

    public StoreSummary Summarize()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in CountedTables)
        {
            counts[table] = Convert.ToInt64(Sql.Scalar(_connection, null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
        }

        // Digest each document, then hash the digests in content-hash order: the same content gives the same
        // fingerprint whatever order (and row ids) it was written in.
        var digests = new List<(string Hash, string Digest)>();
        using (var command = Sql.Command(_connection, null, "SELECT content_hash, pipeline_version, contract_json FROM documents", []))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = Encoding.UTF8.GetBytes($"{reader.GetString(0)}\n{reader.GetString(1)}\n{reader.GetString(2)}");
                digests.Add((reader.GetString(0), Convert.ToHexStringLower(SHA256.HashData(row))));
            }
        }

        var pairs = new List<string>();
        using (var command = Sql.Command(_connection, null, "SELECT a.content_hash, b.content_hash FROM near_duplicates n JOIN documents a ON a.id = n.first_id JOIN documents b ON b.id = n.second_id", []))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var (x, y) = (reader.GetString(0), reader.GetString(1));
                pairs.Add(string.CompareOrdinal(x, y) < 0 ? $"{x}~{y}" : $"{y}~{x}");
            }
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (hash, digest) in digests.OrderBy(d => d.Hash, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{hash} {digest}\n"));
        }

        foreach (var pair in pairs.Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(pair + "\n"));
        }

        return new StoreSummary(counts, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public ResultTable QueryEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = EventFilter(query);
        var limit = filter.Parameter((long)query.Limit);
        if (query.GroupBy == TimeGrouping.None)
        {
            (string, ColumnType)[] listed =
            [
                ("date", ColumnType.Text), ("source_name", ColumnType.Text), ("source_code", ColumnType.Text), ("cameo", ColumnType.Text),
                ("plover", ColumnType.Text), ("target_name", ColumnType.Text), ("target_code", ColumnType.Text), ("goldstein", ColumnType.Real),
                ("negated", ColumnType.Integer), ("evidence", ColumnType.Text), ("title", ColumnType.Text), ("source", ColumnType.Text),
            ];
            var located = query.WithDocument ? ", d.content_hash, e.local_id, e.evidence_start, e.evidence_end, e.quad_class" : string.Empty;
            return Table(
                $"SELECT e.event_date, e.source_name, e.source_code, e.cameo, e.plover, e.target_name, e.target_code, e.goldstein, e.negated, e.evidence, d.title, COALESCE(d.url, d.source){located} " +
                $"FROM events e JOIN documents d ON d.id = e.document_id{filter.Where()} ORDER BY e.event_date, e.id LIMIT {limit}",
                filter.Arguments,
                query.WithDocument
                    ? [.. listed, ("document", ColumnType.Text), ("event", ColumnType.Text), ("evidence_start", ColumnType.Integer), ("evidence_end", ColumnType.Integer), ("quad_class", ColumnType.Integer)]
                    : listed);
        }

        var period = query.GroupBy switch
        {
            TimeGrouping.Day => "e.event_date",
            TimeGrouping.Year => "SUBSTR(e.event_month, 1, 4)",
            _ => "e.event_month",
        };
        var periodName = query.GroupBy.ToString().ToLowerInvariant();
        var stories = query.Deduplicate
            ? ", COUNT(DISTINCT CAST(s.story_id AS TEXT) || '|' || e.cameo || '|' || COALESCE(e.source_code, '') || '|' || COALESCE(e.target_code, ''))"
            : string.Empty;
        var join = query.Deduplicate ? " JOIN document_stories s ON s.document_id = e.document_id" : string.Empty;
        // Each period is split by dyad (source and target codes), or by QuadClass for a timeline.
        var split = query.ByQuadClass ? "e.quad_class" : "e.source_code, e.target_code";
        var columns = new List<(string, ColumnType)> { (periodName, ColumnType.Text) };
        columns.AddRange(query.ByQuadClass
            ? [("quad_class", ColumnType.Integer)]
            : [("source_code", ColumnType.Text), ("target_code", ColumnType.Text)]);
        columns.Add(("events", ColumnType.Integer));
        if (query.Deduplicate)
        {
            columns.Add(("stories", ColumnType.Integer));
        }

        columns.Add(("goldstein", ColumnType.Real));
        var order = query.ByQuadClass ? "period, e.quad_class" : "period, events DESC";
        return Table(
            $"SELECT {period} AS period, {split}, COUNT(*) AS events{stories}, AVG(e.goldstein) " +
            $"FROM events e{join}{filter.Where()} GROUP BY {period}, {split} ORDER BY {order} LIMIT {limit}",
            filter.Arguments,
            [.. columns]);
    }

    public ResultTable QueryQuotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new Filter();
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            filter.Add($"lower(q.speaker_name) LIKE {filter.Parameter(Filter.Contains(query.Speaker))}");
        }

        if (!string.IsNullOrWhiteSpace(query.SpeakerActor))
        {
            var code = filter.PrefixRange("en.actor_code", query.SpeakerActor.Trim().ToUpperInvariant());
            filter.Add($"EXISTS (SELECT 1 FROM entities en WHERE en.document_id = q.document_id AND en.local_id = q.speaker_entity_id AND {code})");
        }

        if (query.Text is not null)
        {
            if (string.IsNullOrWhiteSpace(query.Text))
            {
                throw new ReadoutException(ErrorCodes.QueryInvalid, "the text search is empty");
            }

            filter.Add(_dialect.FullTextCondition(filter.Parameter(_dialect.FullTextArgument(query.Text))));
        }

        filter.DateRange("d.published", query.From, query.To);
        var limit = filter.Parameter((long)query.Limit);
        (string, ColumnType)[] listed =
        [
            ("date", ColumnType.Text), ("speaker", ColumnType.Text), ("kind", ColumnType.Text), ("quote", ColumnType.Text),
            ("cue", ColumnType.Text), ("title", ColumnType.Text), ("source", ColumnType.Text),
        ];
        var located = query.WithDocument ? ", d.content_hash, q.local_id, q.content_start, q.content_end" : string.Empty;
        return Table(
            $"SELECT d.published, q.speaker_name, q.kind, q.content, q.cue, d.title, COALESCE(d.url, d.source){located} " +
            $"FROM quotes q JOIN documents d ON d.id = q.document_id{filter.Where()} ORDER BY d.published, q.id LIMIT {limit}",
            filter.Arguments,
            query.WithDocument
                ? [.. listed, ("document", ColumnType.Text), ("quotation", ColumnType.Text), ("content_start", ColumnType.Integer), ("content_end", ColumnType.Integer)]
                : listed);
    }

    public ResultTable QueryEntities(EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new Filter();
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var name = filter.Parameter(Filter.Contains(query.Name));
            filter.Add($"(lower(e.name) LIKE {name} OR EXISTS (SELECT 1 FROM mentions n WHERE n.document_id = e.document_id AND n.entity_id = e.local_id AND lower(n.text) LIKE {name}))");
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            filter.Add($"e.type = {filter.Parameter(query.Type.Trim().ToUpperInvariant())}");
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            filter.Add(filter.PrefixRange("e.actor_code", query.Actor.Trim().ToUpperInvariant()));
        }

        var limit = filter.Parameter((long)query.Limit);
        return Table(
            "SELECT e.name, e.type, e.kb_id, e.actor_code, COUNT(DISTINCT e.document_id) AS documents, COUNT(m.ordinal) AS mentions " +
            $"FROM entities e LEFT JOIN mentions m ON m.document_id = e.document_id AND m.entity_id = e.local_id{filter.Where()} " +
            $"GROUP BY e.name, e.type, e.kb_id, e.actor_code ORDER BY documents DESC, e.name LIMIT {limit}",
            filter.Arguments,
            ("name", ColumnType.Text), ("type", ColumnType.Text), ("kb_id", ColumnType.Text), ("actor_code", ColumnType.Text),
            ("documents", ColumnType.Integer), ("mentions", ColumnType.Integer));
    }

    public ResultTable QueryDocuments(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new Filter();
        var alias = query.NearDuplicates ? "a" : "d";
        if (!string.IsNullOrWhiteSpace(query.Title))
        {
            filter.Add($"lower({alias}.title) LIKE {filter.Parameter(Filter.Contains(query.Title))}");
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            filter.Add($"{alias}.outlet = {filter.Parameter(query.Outlet.Trim())}");
        }

        filter.DateRange(alias + ".published", query.From, query.To);
        var limit = filter.Parameter((long)query.Limit);
        if (query.NearDuplicates)
        {
            return Table(
                "SELECT a.published, a.outlet, a.title, b.outlet, b.title, n.similarity, COALESCE(a.url, a.source), COALESCE(b.url, b.source) " +
                $"FROM near_duplicates n JOIN documents a ON a.id = n.first_id JOIN documents b ON b.id = n.second_id{filter.Where()} " +
                $"ORDER BY n.similarity DESC, a.id, b.id LIMIT {limit}",
                filter.Arguments,
                ("date", ColumnType.Text), ("outlet", ColumnType.Text), ("title", ColumnType.Text), ("duplicate_outlet", ColumnType.Text),
                ("duplicate_title", ColumnType.Text), ("similarity", ColumnType.Real), ("source", ColumnType.Text), ("duplicate_source", ColumnType.Text));
        }

        return Table(
            "SELECT d.published, d.outlet, d.title, d.text_length, d.format, COALESCE(d.url, d.source), d.content_hash " +
            $"FROM documents d{filter.Where()} ORDER BY d.published, d.id LIMIT {limit}",
            filter.Arguments,
            ("date", ColumnType.Text), ("outlet", ColumnType.Text), ("title", ColumnType.Text), ("characters", ColumnType.Integer),
            ("format", ColumnType.Text), ("source", ColumnType.Text), ("content_hash", ColumnType.Text));
    }

    public DocumentRecord? FindDocument(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        using var command = Sql.Command(
            _connection,
            null,
            "SELECT content_hash, pipeline_version, external_id, outlet, url, byline, format, ingested_at, contract_json FROM documents WHERE content_hash = @p0",
            [id.Trim().ToLowerInvariant()]);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        return new DocumentRecord(
            reader.GetString(0),
            reader.GetString(1),
            new DocumentMetadata(Text(2), Text(4), Text(5), Text(3), Text(6)),
            reader.GetString(7),
            reader.GetString(8));
    }

    public ResultTable ExportEvents(EventQuery query, long afterId = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = EventFilter(query);
        filter.Add($"e.id > {filter.Parameter(afterId)}");
        var limit = filter.Parameter((long)query.Limit);
        return Table(
            "SELECT e.id, e.event_date, e.source_code, e.source_name, e.source_country, e.target_code, e.target_name, e.target_country, " +
            "e.cameo, e.quad_class, e.goldstein, e.location_name, e.location_country, e.latitude, e.longitude, " +
            "CASE WHEN e.evidence_start < COALESCE((SELECT s.end_offset FROM sentences s WHERE s.document_id = e.document_id AND s.ordinal = 0), 0) THEN 1 ELSE 0 END, " +
            "d.ingested_at, COALESCE(d.url, d.source) " +
            $"FROM events e JOIN documents d ON d.id = e.document_id{filter.Where()} ORDER BY e.id LIMIT {limit}",
            filter.Arguments,
            ("id", ColumnType.Integer), ("date", ColumnType.Text), ("source_code", ColumnType.Text), ("source_name", ColumnType.Text),
            ("source_country", ColumnType.Text), ("target_code", ColumnType.Text), ("target_name", ColumnType.Text), ("target_country", ColumnType.Text),
            ("cameo", ColumnType.Text), ("quad_class", ColumnType.Integer), ("goldstein", ColumnType.Real), ("location_name", ColumnType.Text),
            ("location_country", ColumnType.Text), ("latitude", ColumnType.Real), ("longitude", ColumnType.Real), ("is_root", ColumnType.Integer),
            ("ingested_at", ColumnType.Text), ("source", ColumnType.Text));
    }

    public void Dispose()
    {
        _connection.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Filter EventFilter(EventQuery query)
    {
        var filter = new Filter();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            filter.Add($"({filter.Actor("source", query.Actor)} OR {filter.Actor("target", query.Actor)})");
        }

        var source = string.IsNullOrWhiteSpace(query.Source) ? null : query.Source;
        var target = string.IsNullOrWhiteSpace(query.Target) ? null : query.Target;
        if (source is not null && target is not null && !query.Directed)
        {
            filter.Add($"(({filter.Actor("source", source)} AND {filter.Actor("target", target)}) OR ({filter.Actor("source", target)} AND {filter.Actor("target", source)}))");
        }
        else
        {
            if (source is not null)
            {
                filter.Add(filter.Actor("source", source));
            }

            if (target is not null)
            {
                filter.Add(filter.Actor("target", target));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Cameo))
        {
            filter.Add(filter.PrefixRange("e.cameo", query.Cameo.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Plover))
        {
            filter.Add(filter.PrefixRange("e.plover", query.Plover.Trim().ToUpperInvariant()));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = filter.Parameter(query.Country.Trim().ToUpperInvariant());
            filter.Add($"(e.source_country = {country} OR e.target_country = {country} OR e.location_country = {country})");
        }

        filter.DateRange("e.event_date", query.From, query.To);
        return filter;
    }

    private ResultTable Table(string sql, List<object?> arguments, params (string Name, ColumnType Type)[] columns)
    {
        var rows = new List<object?[]>();
        using var command = Sql.Command(_connection, null, sql, arguments);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : columns[i].Type switch
                {
                    ColumnType.Integer => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture),
                    ColumnType.Real => Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture),
                    _ => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture),
                };
            }

            rows.Add(row);
        }

        return new ResultTable(columns.Select(c => new ResultColumn(c.Name, c.Type)).ToList(), rows);
    }
}
