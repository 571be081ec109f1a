namespace Readout.Evaluation.Quotations;

/// <summary>One evaluation text with its gold quotations.</summary>
/// <param name="Name">The file it came from.</param>
/// <param name="Text">The text to analyse.</param>
/// <param name="Published">The publication date, when the gold gives one.</param>
/// <param name="Quotations">The gold quotations.</param>
public sealed record GoldArticle(string Name, string Text, DateOnly? Published, IReadOnlyList<GoldQuotation> Quotations);
