namespace Readout.Extraction.Events;

/// <summary>A sentence and the events coded in it so far, while a document is being coded.</summary>
/// <param name="Context">The sentence as the coder sees it.</param>
/// <param name="Events">Its events, before deduplication.</param>
internal sealed record CodedSentence(SentenceContext Context, List<CodedEvent> Events);
