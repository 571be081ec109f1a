using System.Data.Common;

namespace Readout.Storage.Relational;

/// <summary>What differs between the SQL databases Readout writes to; everything else is shared SQL.</summary>
internal abstract class SqlDialect
{
    /// <summary>"sqlite" or "postgres".</summary>
    public abstract string Provider { get; }

    /// <summary>The schema, as ordered migrations.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>A statement that serialises concurrent migrations inside their transaction, or null when the database does already.</summary>
    public abstract string? MigrationLock { get; }

    /// <summary>A condition true when quotation row <c>q</c> matches the full-text search in <paramref name="parameter"/>.</summary>
    public abstract string FullTextCondition(string parameter);

    /// <summary>The search text as the full-text engine should receive it.</summary>
    public abstract string FullTextArgument(string text);

    /// <summary>Sets per-connection options (pragmas) on a newly opened connection.</summary>
    public virtual void Configure(DbConnection connection)
    {
    }
}
