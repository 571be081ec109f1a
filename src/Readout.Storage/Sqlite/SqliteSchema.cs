using Readout.Storage.Relational;

namespace Readout.Storage.Sqlite;

/// <summary>The SQLite schema as migrations; docs/ingest.md describes the tables.</summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "documents, sentences, actors, entities, mentions, quotes (FTS5), events, near-duplicates",
        [
            """
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                pipeline_version TEXT NOT NULL,
                external_id TEXT, source TEXT, outlet TEXT, url TEXT, title TEXT, byline TEXT,
                published TEXT, format TEXT,
                text_length INTEGER NOT NULL,
                contract_json TEXT NOT NULL,
                minhash BLOB,
                ingested_at TEXT NOT NULL)
            """,
            "CREATE INDEX documents_published ON documents (published)",
            "CREATE INDEX documents_pipeline ON documents (pipeline_version)",
            """
            CREATE TABLE sentences (
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
                PRIMARY KEY (document_id, ordinal)) WITHOUT ROWID
            """,
            "CREATE TABLE actors (code TEXT PRIMARY KEY, country TEXT, role TEXT)",
            """
            CREATE TABLE entities (
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                local_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT,
                actor_code TEXT REFERENCES actors (code),
                PRIMARY KEY (document_id, local_id))
            """,
            "CREATE INDEX entities_name ON entities (name)",
            "CREATE INDEX entities_kb ON entities (kb_id)",
            """
            CREATE TABLE mentions (
                document_id INTEGER NOT NULL, entity_id TEXT NOT NULL, ordinal INTEGER NOT NULL,
                start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, rule TEXT,
                PRIMARY KEY (document_id, entity_id, ordinal),
                FOREIGN KEY (document_id, entity_id) REFERENCES entities (document_id, local_id) ON DELETE CASCADE)
            """,
            """
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                local_id TEXT NOT NULL, kind TEXT NOT NULL,
                speaker_entity_id TEXT, speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER,
                cue TEXT, cue_start INTEGER, cue_end INTEGER,
                content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, rule TEXT,
                UNIQUE (document_id, local_id))
            """,
            "CREATE INDEX quotes_speaker ON quotes (speaker_name)",
            "CREATE VIRTUAL TABLE quotes_fts USING fts5 (content, speaker_name, content = 'quotes', content_rowid = 'id')",
            """
            CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
                INSERT INTO quotes_fts (rowid, content, speaker_name) VALUES (new.id, new.content, new.speaker_name);
            END
            """,
            """
            CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
                INSERT INTO quotes_fts (quotes_fts, rowid, content, speaker_name) VALUES ('delete', old.id, old.content, old.speaker_name);
            END
            """,
            """
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                local_id TEXT NOT NULL, cameo TEXT NOT NULL, cameo_root TEXT, plover TEXT, goldstein REAL, quad_class INTEGER,
                source_entity_id TEXT, source_name TEXT, source_code TEXT REFERENCES actors (code), source_country TEXT,
                target_entity_id TEXT, target_name TEXT, target_code TEXT REFERENCES actors (code), target_country TEXT,
                negated INTEGER NOT NULL, event_date TEXT, event_month TEXT,
                location_name TEXT, location_country TEXT, latitude REAL, longitude REAL,
                quote_id TEXT, evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, rule TEXT NOT NULL,
                UNIQUE (document_id, local_id))
            """,
            "CREATE INDEX events_dyad ON events (source_country, target_country, event_month)",
            "CREATE INDEX events_codes ON events (source_code, target_code)",
            "CREATE INDEX events_month ON events (event_month)",
            "CREATE INDEX events_cameo ON events (cameo)",
            """
            CREATE TABLE minhash_bands (
                band INTEGER NOT NULL, bucket INTEGER NOT NULL,
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                PRIMARY KEY (band, bucket, document_id)) WITHOUT ROWID
            """,
            "CREATE INDEX minhash_bands_document ON minhash_bands (document_id)",
            """
            CREATE TABLE near_duplicates (
                first_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                second_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                similarity REAL NOT NULL,
                PRIMARY KEY (first_id, second_id))
            """,
            "CREATE INDEX near_duplicates_second ON near_duplicates (second_id)",
            SharedSchema.DocumentStoriesView,
        ]),
    ];
}
