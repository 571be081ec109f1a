namespace Readout.Evaluation.Events;

/// <summary>An entity of a worked example: its actor code and the mention strings that name it.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">PERSON, GPE, ORG…</param>
/// <param name="Actor">The actor code, or null.</param>
/// <param name="Mentions">The strings that mention it in the article, pronouns included.</param>
public sealed record GoldEntity(string Name, string Type, string? Actor, IReadOnlyList<string> Mentions);
