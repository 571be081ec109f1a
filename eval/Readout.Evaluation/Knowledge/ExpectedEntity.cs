namespace Readout.Evaluation.Knowledge;

/// <summary>An entity of an expected-results JSON: its name, type, CAMEO actor code (or null) and mentions as written.</summary>
public sealed record ExpectedEntity(string Article, string Name, string Type, string? Actor, IReadOnlyList<string> Mentions, DateOnly? Published);
