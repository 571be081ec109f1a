using System.Data.Common;
using Readout.Storage.Relational;

namespace Readout.Storage.Sqlite;

/// <summary>SQLite: WAL journal, FTS5 for quotation search, schema in <see cref="SqliteSchema"/>.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public override string Provider => "sqlite";

    public override IReadOnlyList<Migration> Migrations => SqliteSchema.Migrations;

    // SQLite's BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already serialises writers.
    public override string? MigrationLock => null;

    public override string FullTextCondition(string parameter) =>
        $"q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {parameter})";

    // Each word becomes a quoted FTS5 string, so punctuation in the search is never read as query syntax.
    public override string FullTextArgument(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    public override void Configure(DbConnection connection)
    {
        // WAL lets queries read while an ingest writes; NORMAL sync loses nothing committed when the process dies.
        Sql.Execute(connection, null, "PRAGMA journal_mode = WAL");
        Sql.Execute(connection, null, "PRAGMA synchronous = NORMAL");
        Sql.Execute(connection, null, "PRAGMA foreign_keys = ON");
        Sql.Execute(connection, null, "PRAGMA busy_timeout = 30000");
    }
}
