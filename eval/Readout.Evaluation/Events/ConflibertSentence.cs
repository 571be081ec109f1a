namespace Readout.Evaluation.Events;

/// <summary>One ConfliBERT CAMEO sentence: its pentacode class and, where the span file has it, its source and target spans.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Pentacode">0 make a statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
public sealed record ConflibertSentence(string Text, int Pentacode);
