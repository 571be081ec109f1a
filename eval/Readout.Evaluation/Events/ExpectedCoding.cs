namespace Readout.Evaluation.Events;

/// <summary>One coding a validation record expects: event code, source and target actor codes.</summary>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Source">The source actor code (<c>---</c> for none).</param>
/// <param name="Target">The target actor code (<c>---</c> for none).</param>
public sealed record ExpectedCoding(string Code, string Source, string Target);
