namespace Readout.Extraction.Dates;

/// <summary>A date named in a sentence ("on Tuesday", "last week", "15 November"), resolved to a day.</summary>
/// <param name="First">The first sentence-local token of the expression.</param>
/// <param name="Last">Its last token.</param>
/// <param name="Anchor">The token the expression attaches to in the parse (its head), or -1.</param>
/// <param name="Date">The day it names, resolved against the publication date.</param>
public sealed record DateExpression(int First, int Last, int Anchor, DateOnly Date);
