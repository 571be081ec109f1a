namespace Readout.Evaluation.Events;

/// <summary>A worked-example article with the events and entities it should yield.</summary>
/// <param name="Name">The article's file name.</param>
/// <param name="Text">The article.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Events">The expected events.</param>
/// <param name="Entities">The expected entities, used when the evaluation takes its actors from the gold.</param>
public sealed record EventArticle(string Name, string Text, DateOnly? Published, IReadOnlyList<ExpectedEvent> Events, IReadOnlyList<GoldEntity> Entities);
