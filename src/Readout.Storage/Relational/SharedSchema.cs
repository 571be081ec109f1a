namespace Readout.Storage.Relational;

/// <summary>The schema every dialect shares, written once with the dialect's type names; docs/ingest.md describes it.</summary>
internal static class SharedSchema
{
    /// <summary>Schema version 1: documents, sentences, actors, entities, mentions, quotes, events, near-duplicates.</summary>
    /// <remarks>Full-text search over quotes is the dialect's to add (FTS5, a GIN index).</remarks>
    public static List<string> Version1(ColumnTypes t) =>
    [
        $"""
        CREATE TABLE documents (
            id {t.Key},
            content_hash TEXT NOT NULL UNIQUE,
            pipeline_version TEXT NOT NULL,
            external_id TEXT, source TEXT, outlet TEXT, url TEXT, title TEXT, byline TEXT,
            published TEXT, format TEXT,
            text_length {t.Integer} NOT NULL,
            contract_json TEXT NOT NULL,
            minhash {t.Bytes},
            ingested_at TEXT NOT NULL)
        """,
        "CREATE INDEX documents_published ON documents (published)",
        "CREATE INDEX documents_pipeline ON documents (pipeline_version)",
        $"""
        CREATE TABLE sentences (
            document_id {t.Integer} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            ordinal {t.Integer} NOT NULL, start_offset {t.Integer} NOT NULL, end_offset {t.Integer} NOT NULL,
            PRIMARY KEY (document_id, ordinal)){t.KeyOnlyTable}
        """,
        "CREATE TABLE actors (code TEXT PRIMARY KEY, country TEXT, role TEXT)",
        $"""
        CREATE TABLE entities (
            document_id {t.Integer} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            local_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT,
            actor_code TEXT REFERENCES actors (code),
            PRIMARY KEY (document_id, local_id))
        """,
        "CREATE INDEX entities_name ON entities (name)",
        "CREATE INDEX entities_kb ON entities (kb_id)",
        $"""
        CREATE TABLE mentions (
            document_id {t.Integer} NOT NULL, entity_id TEXT NOT NULL, ordinal {t.Integer} NOT NULL,
            start_offset {t.Integer} NOT NULL, end_offset {t.Integer} NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, rule TEXT,
            PRIMARY KEY (document_id, entity_id, ordinal),
            FOREIGN KEY (document_id, entity_id) REFERENCES entities (document_id, local_id) ON DELETE CASCADE)
        """,
        $"""
        CREATE TABLE quotes (
            id {t.Key},
            document_id {t.Integer} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            local_id TEXT NOT NULL, kind TEXT NOT NULL,
            speaker_entity_id TEXT, speaker_name TEXT, speaker_start {t.Integer}, speaker_end {t.Integer},
            cue TEXT, cue_start {t.Integer}, cue_end {t.Integer},
            content TEXT NOT NULL, content_start {t.Integer} NOT NULL, content_end {t.Integer} NOT NULL, rule TEXT,
            UNIQUE (document_id, local_id))
        """,
        "CREATE INDEX quotes_speaker ON quotes (speaker_name)",
        $"""
        CREATE TABLE events (
            id {t.Key},
            document_id {t.Integer} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            local_id TEXT NOT NULL, cameo TEXT NOT NULL, cameo_root TEXT, plover TEXT, goldstein {t.Real}, quad_class {t.Integer},
            source_entity_id TEXT, source_name TEXT, source_code TEXT REFERENCES actors (code), source_country TEXT,
            target_entity_id TEXT, target_name TEXT, target_code TEXT REFERENCES actors (code), target_country TEXT,
            negated {t.Integer} NOT NULL, event_date TEXT, event_month TEXT,
            location_name TEXT, location_country TEXT, latitude {t.Real}, longitude {t.Real},
            quote_id TEXT, evidence TEXT NOT NULL, evidence_start {t.Integer} NOT NULL, evidence_end {t.Integer} NOT NULL, rule TEXT NOT NULL,
            UNIQUE (document_id, local_id))
        """,
        "CREATE INDEX events_dyad ON events (source_country, target_country, event_month)",
        "CREATE INDEX events_target ON events (target_country, event_month)",
        "CREATE INDEX events_source_code ON events (source_code)",
        "CREATE INDEX events_target_code ON events (target_code)",
        "CREATE INDEX events_location ON events (location_country)",
        "CREATE INDEX events_month ON events (event_month)",
        "CREATE INDEX events_cameo ON events (cameo)",
        "CREATE INDEX events_plover ON events (plover)",
        $"""
        CREATE TABLE minhash_bands (
            band {t.Integer} NOT NULL, bucket {t.Integer} NOT NULL,
            document_id {t.Integer} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            PRIMARY KEY (band, bucket, document_id)){t.KeyOnlyTable}
        """,
        "CREATE INDEX minhash_bands_document ON minhash_bands (document_id)",
        $"""
        CREATE TABLE near_duplicates (
            first_id {t.Integer} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            second_id {t.Integer} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            similarity {t.Real} NOT NULL,
            PRIMARY KEY (first_id, second_id))
        """,
        "CREATE INDEX near_duplicates_second ON near_duplicates (second_id)",

        // Each document's story: the lowest id among itself and the earlier documents it is a near-duplicate of, so
        // that counting distinct stories counts a wire story carried by several outlets once.
        """
        CREATE VIEW document_stories AS
        SELECT d.id AS document_id,
               COALESCE((SELECT MIN(n.first_id) FROM near_duplicates n WHERE n.second_id = d.id), d.id) AS story_id
        FROM documents d
        """,
    ];
}
