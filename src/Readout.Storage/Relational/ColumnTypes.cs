namespace Readout.Storage.Relational;

/// <summary>The SQL type names a dialect uses for the shared schema.</summary>
/// <param name="Key">An auto-numbered 64-bit primary key.</param>
/// <param name="Integer">A 64-bit integer.</param>
/// <param name="Real">A double-precision number.</param>
/// <param name="Bytes">A byte string.</param>
/// <param name="KeyOnlyTable">Appended to tables that are all key (SQLite's WITHOUT ROWID), or empty.</param>
internal sealed record ColumnTypes(string Key, string Integer, string Real, string Bytes, string KeyOnlyTable);
