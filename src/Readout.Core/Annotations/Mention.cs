namespace Readout.Core.Annotations;

/// <summary>One place in the text where an entity is mentioned.</summary>
/// <param name="Range">The mention's characters.</param>
/// <param name="Kind">Name, nominal or pronoun.</param>
/// <param name="Rule">The coreference or linking rule that attached this mention to its entity.</param>
public sealed record Mention(TextRange Range, MentionKind Kind, string Rule);
