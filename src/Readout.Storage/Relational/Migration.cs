namespace Readout.Storage.Relational;

/// <summary>One step of a store's schema: a version number, what it does, and the statements that do it.</summary>
/// <param name="Version">The schema version this step brings the store to; steps run in order, each once.</param>
/// <param name="Description">What the step changes.</param>
/// <param name="Statements">The DDL statements, run in one transaction.</param>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
