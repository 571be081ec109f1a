namespace Readout.Evaluation.Events;

/// <summary>A ConfliBERT span sentence: tokens and their BIO tags (S source, T target, R reciprocal participant).</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Tags">One tag per token (<c>B-S</c>, <c>I-T</c>, <c>O</c>…).</param>
public sealed record ConflibertSpans(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
