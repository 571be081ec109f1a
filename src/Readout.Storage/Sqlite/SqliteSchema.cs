using Readout.Storage.Relational;

namespace Readout.Storage.Sqlite;

/// <summary>The SQLite schema as migrations: the shared tables, and FTS5 over quotations kept in step by triggers.</summary>
internal static class SqliteSchema
{
    private static readonly ColumnTypes Types = new("INTEGER PRIMARY KEY", "INTEGER", "REAL", "BLOB", " WITHOUT ROWID");

    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "documents, sentences, actors, entities, mentions, quotes (FTS5), events, near-duplicates",
        [
            .. SharedSchema.Version1(Types),
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
        ]),
    ];
}
