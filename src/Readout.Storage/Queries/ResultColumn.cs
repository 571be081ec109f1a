namespace Readout.Storage.Queries;

/// <summary>A result column: its name and the type of its values.</summary>
/// <param name="Name">The column name (snake_case).</param>
/// <param name="Type">Text, integer or real.</param>
public sealed record ResultColumn(string Name, ColumnType Type);
