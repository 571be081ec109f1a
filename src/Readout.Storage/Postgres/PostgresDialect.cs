using Readout.Storage.Relational;

namespace Readout.Storage.Postgres;

/// <summary>PostgreSQL: identity keys, bytea, tsvector full-text search, schema in <see cref="PostgresSchema"/>.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public override string Provider => "postgres";

    public override IReadOnlyList<Migration> Migrations => PostgresSchema.Migrations;

    // A transaction-scoped advisory lock: two ingests starting on an empty database migrate one after the other.
    public override string? MigrationLock => "SELECT pg_advisory_xact_lock(7307271)";

    public override string FullTextCondition(string parameter) =>
        $"to_tsvector('english', q.content) @@ plainto_tsquery('english', {parameter})";

    public override string FullTextArgument(string text) => text.Trim();
}
