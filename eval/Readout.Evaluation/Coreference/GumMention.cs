namespace Readout.Evaluation.Coreference;

/// <summary>A gold mention from GUM's Entity annotation.</summary>
/// <param name="Cluster">The document-level entity id (mentions with the same id corefer).</param>
/// <param name="Type">person, place, organization, event, time, abstract, object, substance, animal, plant.</param>
/// <param name="Start">First character, in the text rebuilt by GoldText.</param>
/// <param name="End">End character (exclusive).</param>
/// <param name="Wikification">The Wikipedia title GUM links the entity to, or null.</param>
/// <param name="IsPronoun">True when the mention is a single pronoun (UPOS PRON).</param>
/// <param name="IsSingleton">True when GUM marks the entity as a singleton.</param>
public sealed record GumMention(string Cluster, string Type, int Start, int End, string? Wikification, bool IsPronoun, bool IsSingleton);
