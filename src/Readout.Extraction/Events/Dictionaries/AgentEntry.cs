namespace Readout.Extraction.Events.Dictionaries;

/// <summary>An agent of a PETRARCH agent dictionary: a role word whose code is added to an actor's ("officials" → GOV).</summary>
/// <param name="Name">The phrase, for explanations.</param>
/// <param name="Code">The code without its tilde.</param>
/// <param name="Prefix">True for <c>NGO~</c> codes, written before the actor's code; false for <c>~GOV</c>, written after it.</param>
public sealed record AgentEntry(string Name, string Code, bool Prefix);
