namespace Readout.Evaluation.Entities;

/// <summary>A typed span, in characters of the text it belongs to.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">End character (exclusive).</param>
/// <param name="Type">The entity type in the gold set's scheme (PER, ORG, LOC…).</param>
public readonly record struct LabelledSpan(int Start, int End, string Type);
