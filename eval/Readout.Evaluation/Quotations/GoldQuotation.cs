namespace Readout.Evaluation.Quotations;

/// <summary>A gold quotation: its content span (without quotation marks), its speaker's name and, where the gold has them, kind and cue.</summary>
public sealed record GoldQuotation(int Start, int End, string? Speaker, string? Kind = null, string? Cue = null);
