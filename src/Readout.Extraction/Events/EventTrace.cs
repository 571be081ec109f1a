using Readout.Core.Annotations;

namespace Readout.Extraction.Events;

/// <summary>Why an event was coded: what <c>readout explain</c> shows beside the event itself.</summary>
/// <param name="EventId">The event's id (<c>v3</c>).</param>
/// <param name="Trigger">The verb or noun that triggered it, as written.</param>
/// <param name="TriggerRange">Where the trigger is in the text.</param>
/// <param name="Rule">The rule: a pattern id, a verb block, a transformation or a named rule.</param>
/// <param name="Detail">The pattern or rule as written in its dictionary, with file and line where known.</param>
/// <param name="Source">How the source actor was resolved.</param>
/// <param name="Target">How the target actor was resolved.</param>
/// <param name="Negated">True when a negation applies ("did not", "refused to").</param>
/// <param name="Hypothetical">True when a modal or a verb of intent applies ("may", "plans to").</param>
public sealed record EventTrace(string EventId, string Trigger, TextRange TriggerRange, string Rule, string? Detail, string Source, string Target, bool Negated, bool Hypothetical);
