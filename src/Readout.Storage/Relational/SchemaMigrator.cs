using System.Data.Common;
using System.Globalization;
using Readout.Core.Errors;

namespace Readout.Storage.Relational;

/// <summary>Brings a database to the latest schema: each migration once, in order, each in its own transaction.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the missing migrations and returns the schema version.</summary>
    /// <exception cref="ReadoutException">SchemaTooNew when a newer Readout wrote the database.</exception>
    public static int Migrate(DbConnection connection, SqlDialect dialect)
    {
        Sql.Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var latest = dialect.Migrations[^1].Version;
        var current = CurrentVersion(connection, null);
        if (current > latest)
        {
            throw new ReadoutException(ErrorCodes.SchemaTooNew, $"the database has schema version {current}, this Readout knows up to {latest}: upgrade Readout");
        }

        foreach (var migration in dialect.Migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            using var transaction = connection.BeginTransaction();
            if (dialect.MigrationLock is { } lockStatement)
            {
                Sql.Execute(connection, transaction, lockStatement);
            }

            // Another process may have migrated while this one waited for the lock.
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                transaction.Commit();
                continue;
            }

            foreach (var statement in migration.Statements)
            {
                Sql.Execute(connection, transaction, statement);
            }

            Sql.Execute(
                connection,
                transaction,
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@p0, @p1, @p2)",
                migration.Version,
                migration.Description,
                DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            transaction.Commit();
        }

        return latest;
    }

    private static int CurrentVersion(DbConnection connection, DbTransaction? transaction) =>
        Convert.ToInt32(Sql.Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations") ?? 0, CultureInfo.InvariantCulture);
}
