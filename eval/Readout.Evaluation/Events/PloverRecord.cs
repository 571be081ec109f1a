namespace Readout.Evaluation.Events;

/// <summary>One PLOVER gold-standard record: a sentence and the event type it expresses.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Event">The gold PLOVER event type, in the current (16-type) vocabulary.</param>
/// <param name="EventSpans">Character ranges of the <c>(EVT: …)</c> words in <paramref name="Text"/>.</param>
public sealed record PloverRecord(string Id, string Text, string Event, IReadOnlyList<(int Start, int End)> EventSpans);
